/**
 * The Kehu platform API: records that describe customers and their interactions,
 * the platform service interfaces, and the exceptions every front end maps to
 * its own error format.
 * <p>
 * Services take the calling {@link org.kehu.platform.api.Actor} as their first
 * argument; they validate their input, apply the domain rules and persist in
 * one transaction, so a rejected call changes nothing.
 */
@Export
@Version("1.1.0")
package org.kehu.platform.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
