/** Authentication of callers against the runtime's JAAS realm. */
@Export
@Version("1.0.0")
package org.kehu.platform.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
