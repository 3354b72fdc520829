package org.kehu.platform.core.internal.service;

import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

import org.osgi.service.cm.ConfigurationException;
import org.osgi.service.cm.ManagedService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys under one prefix of a configuration PID, checked as a whole on every update: an invalid set is refused
 * (the configuration admin logs it) and the previous one stays in force.
 */
public abstract class PrefixedSettings implements ManagedService {

    private static final Logger LOG = LoggerFactory.getLogger(PrefixedSettings.class);

    private final String prefix;
    private volatile Map<String, String> values;

    protected PrefixedSettings(String prefix, Map<String, String> initial) {
        this.prefix = prefix;
        this.values = Map.copyOf(initial);
    }

    @Override
    public void updated(Dictionary<String, ?> properties) throws ConfigurationException {
        try {
            values = Map.copyOf(check(collect(properties, prefix)));
            LOG.info("Settings {}* applied: {}", prefix, values);
        } catch (IllegalArgumentException e) {
            LOG.error("Settings {}* refused, the previous ones stay in force: {}", prefix, e.getMessage());
            throw new ConfigurationException(null, e.getMessage(), e);
        }
        applied(values);
    }

    /** Called once new settings are in force. */
    protected void applied(Map<String, String> values) {
    }

    /**
     * Checks (and may complete, e.g. with defaults) the keys found under the prefix.
     *
     * @throws IllegalArgumentException naming the key that is wrong
     */
    protected abstract Map<String, String> check(Map<String, String> found);

    /** The settings in force, by their full key. */
    protected Map<String, String> values() {
        return values;
    }

    /** The keys under the prefix with their values stripped; none for no properties. */
    public static Map<String, String> collect(Dictionary<String, ?> properties, String prefix) {
        Map<String, String> out = new HashMap<>();
        if (properties != null) {
            for (Enumeration<String> keys = properties.keys(); keys.hasMoreElements();) {
                String key = keys.nextElement();
                Object v = properties.get(key);
                if (key.startsWith(prefix) && v != null) {
                    out.put(key, v.toString().strip());
                }
            }
        }
        return out;
    }
}
