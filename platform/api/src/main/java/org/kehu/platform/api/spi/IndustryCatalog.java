package org.kehu.platform.api.spi;

import java.util.List;
import java.util.Optional;

/** The industry modules installed right now, as the platform sees them. */
public interface IndustryCatalog {

    List<IndustryModule> modules();

    Optional<IndustryModule> module(String industry);
}
