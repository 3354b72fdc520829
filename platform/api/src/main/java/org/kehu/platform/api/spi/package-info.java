/**
 * Service provider interfaces through which industry bundles extend the
 * platform. Every SPI service is registered with the key properties
 * {@link org.kehu.platform.api.spi.KehuProperties#INDUSTRY} and
 * {@link org.kehu.platform.api.spi.KehuProperties#ID}; the platform binds them
 * dynamically, so installing or uninstalling a plugin feature changes what the
 * platform offers without a restart.
 */
@Export
@Version("1.3.0")
package org.kehu.platform.api.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
