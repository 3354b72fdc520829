/**
 * Customer grading as jobs: a {@link org.kehu.platform.api.grading.GradingRun}
 * applies one {@link org.kehu.platform.api.spi.GradingPolicy} to the whole
 * customer population for a period, streaming; every
 * {@link org.kehu.platform.api.grading.GradeAssignment} is kept as history with
 * its reason. The current grade of a customer under a policy is its assignment
 * in the policy's last succeeded run, so a failed run leaves the previous grades
 * in force.
 */
@Export
@Version("1.1.0")
package org.kehu.platform.api.grading;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
