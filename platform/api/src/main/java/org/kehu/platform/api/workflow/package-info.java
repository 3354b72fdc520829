/**
 * The workflow engine as a service: persistent instances of the
 * {@link org.kehu.platform.api.spi.WorkflowDefinition workflow definitions}
 * installed, their transitions by role and amount, comments, due dates,
 * escalation and full history, and the task list of a caller.
 */
@Export
@Version("1.0.0")
package org.kehu.platform.api.workflow;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
