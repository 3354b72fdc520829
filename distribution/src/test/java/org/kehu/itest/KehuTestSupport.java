package org.kehu.itest;

import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;

/**
 * Pax Exam boots the real Kehu distribution (the tar.gz this module builds)
 * once per test class, on free ports and without demo data. The tests run
 * inside it and talk HTTP to it over loopback.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public abstract class KehuTestSupport {

    static final String PORT_PROPERTY = "kehu.itest.http.port";

    @Configuration
    public Option[] config() {
        String httpPort = Integer.toString(freePort());
        Option[] options = new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl("file:" + new File(System.getProperty("kehu.distribution")).getAbsolutePath())
                    // must match the distribution: Pax Exam derives the JVM's --patch-module jars from it
                    .karafVersion(System.getProperty("karaf.version"))
                    .unpackDirectory(new File("target/exam"))
                    .useDeployFolder(false)
                    .name("Kehu"),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            logLevel(LogLevelOption.LogLevel.WARN),
            systemTimeout(180_000),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort),
            editConfigurationFilePut("etc/system.properties", PORT_PROPERTY, httpPort),
            editConfigurationFilePut("etc/system.properties", WsdlContract.DIR_PROPERTY,
                    System.getProperty(WsdlContract.DIR_PROPERTY, "")),
            editConfigurationFilePut("etc/system.properties", WsdlContract.UPDATE_PROPERTY,
                    System.getProperty(WsdlContract.UPDATE_PROPERTY, "false")),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(freePort())),
            editConfigurationFilePut("etc/org.kehu.platform.core.cfg", "demo.data", "false"),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                    System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository")),
        };
        if (Boolean.getBoolean("kehu.itest.keep")) {
            // -Dkehu.itest.keep=true keeps target/exam/<run>/ with data/log/karaf.log for diagnosis
            options = java.util.Arrays.copyOf(options, options.length + 1);
            options[options.length - 1] = org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder();
        }
        return options;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SOAP endpoints, published a little after the REST API when they wait for the services they call. */
    static final List<String> SOAP_ENDPOINTS = List.of("CustomerService", "LedgerService", "AnalyticsService",
            "WorkflowService");

    /** Set once the runtime failed to come up, so that the other tests of the class fail at once. */
    private static volatile String failure;

    /**
     * The base URL of the runtime, e.g. {@code http://localhost:PORT/crm}, once the REST API answers and every SOAP
     * endpoint publishes its WSDL. When nothing answers after 60 s, the bundles that failed to start are started once
     * more (see {@link #restartStalledBundles}); after 150 s the runtime counts as failed.
     */
    protected static String baseUrl() {
        String base = "http://localhost:" + System.getProperty(PORT_PROPERTY) + "/crm";
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        Http http = new Http(base + "/api/v1");
        Http soap = new Http(base + "/soap/");
        long started = System.nanoTime();
        boolean retried = false;
        while (true) {
            try {
                if (http.get("/health", null).status() == 200
                        && SOAP_ENDPOINTS.stream().allMatch(e -> soap.get(e + "?wsdl", null).status() == 200)) {
                    return base;
                }
            } catch (AssertionError notYet) {
                // not listening yet
            }
            long waited = (System.nanoTime() - started) / 1_000_000_000L;
            if (!retried && waited > 60) {
                retried = true;
                restartStalledBundles();
            }
            if (waited > 150) {
                failure = "Kehu did not answer at " + base + " within 150 s";
                throw new IllegalStateException(failure);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Starts the bundles left RESOLVED by a failed start, then restarts the Kehu bundles so that their Blueprint
     * containers, given up for want of a service, try again. Seen rarely while Karaf provisions its boot features: a
     * bundle restarted during a refresh fails to load a class of the JDK ({@code javax.naming.spi.ObjectFactory}
     * for pax-jdbc-derby) and the DataSource never comes. Logged, so that the report shows it happened.
     */
    private static void restartStalledBundles() {
        BundleContext context = FrameworkUtil.getBundle(KehuTestSupport.class).getBundleContext();
        List<String> started = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            if (b.getState() == Bundle.RESOLVED && b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                try {
                    b.start();
                    started.add(b.getSymbolicName());
                } catch (BundleException | RuntimeException e) {
                    System.err.println("Could not start " + b.getSymbolicName() + ": " + e);
                }
            }
        }
        if (started.isEmpty()) {
            System.err.println("Kehu did not answer within 60 s and no bundle failed to start; waiting on");
            return;
        }
        for (String name : List.of("org.kehu.platform.core", "org.kehu.platform.rest", "org.kehu.platform.soap")) {
            for (Bundle b : context.getBundles()) {
                if (name.equals(b.getSymbolicName())) {
                    try {
                        b.stop();
                        b.start();
                    } catch (BundleException e) {
                        System.err.println("Could not restart " + name + ": " + e);
                    }
                }
            }
        }
        System.err.println("Kehu did not answer within 60 s; started the stalled bundles " + started
                + " and restarted the Kehu bundles");
    }
}
