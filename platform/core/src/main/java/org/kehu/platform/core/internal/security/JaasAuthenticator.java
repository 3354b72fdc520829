package org.kehu.platform.core.internal.security;

import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.Set;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.kehu.platform.api.Actor;
import org.kehu.platform.api.security.AuthenticationFailedException;
import org.kehu.platform.api.security.Authenticator;

/**
 * Logs callers in against Karaf's JAAS realm. Roles are the realm's role
 * principals (Karaf's {@code RolePrincipal}, recognised by class name so that
 * another realm with its own role class can be configured through
 * {@code rolePrincipalClass}).
 */
public class JaasAuthenticator implements Authenticator {

    private final String realm;
    private final String rolePrincipalClass;
    private final String userPrincipalClass;

    public JaasAuthenticator(String realm, String rolePrincipalClass, String userPrincipalClass) {
        this.realm = realm;
        this.rolePrincipalClass = rolePrincipalClass;
        this.userPrincipalClass = userPrincipalClass;
    }

    @Override
    public Actor authenticate(String user, char[] password, String clientAddress) {
        if (user == null || user.isBlank() || password == null) {
            throw new AuthenticationFailedException();
        }
        Subject subject = new Subject();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            // the JAAS login modules are looked up through the thread's context class loader
            Thread.currentThread().setContextClassLoader(JaasAuthenticator.class.getClassLoader());
            LoginContext login = new LoginContext(realm, subject, callbacks -> {
                for (Callback callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(user);
                    } else if (callback instanceof PasswordCallback pw) {
                        pw.setPassword(password);
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
            login.login();
        } catch (LoginException e) {
            throw new AuthenticationFailedException();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        Set<String> roles = new LinkedHashSet<>();
        String name = user;
        for (Principal p : subject.getPrincipals()) {
            String type = p.getClass().getName();
            if (type.equals(rolePrincipalClass)) {
                roles.add(p.getName());
            } else if (type.equals(userPrincipalClass)) {
                name = p.getName();
            }
        }
        return new Actor(name, roles, clientAddress);
    }
}
