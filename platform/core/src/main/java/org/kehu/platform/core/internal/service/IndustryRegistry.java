package org.kehu.platform.core.internal.service;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.kehu.platform.api.spi.IndustryCatalog;
import org.kehu.platform.api.spi.IndustryModule;

/** Tracks the {@link IndustryModule} services as plugins come and go (bound by Blueprint's reference list). */
public class IndustryRegistry implements IndustryCatalog {

    private final Map<String, IndustryModule> modules = new ConcurrentHashMap<>();

    public void bind(IndustryModule module, Map<String, ?> properties) {
        if (module != null) {
            modules.put(module.id(), module);
        }
    }

    public void unbind(IndustryModule module, Map<String, ?> properties) {
        if (module != null) {
            modules.remove(module.id(), module);
        }
    }

    @Override
    public List<IndustryModule> modules() {
        return modules.values().stream().sorted(Comparator.comparing(IndustryModule::id)).toList();
    }

    @Override
    public Optional<IndustryModule> module(String industry) {
        return industry == null ? Optional.empty() : Optional.ofNullable(modules.get(industry));
    }
}
