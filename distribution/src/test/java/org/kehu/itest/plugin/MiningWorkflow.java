package org.kehu.itest.plugin;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.kehu.platform.api.spi.WorkflowDefinition;
import org.kehu.platform.api.spi.WorkflowState;
import org.kehu.platform.api.spi.WorkflowTransition;

/** A two-step safety review, declared as states and transitions. */
public class MiningWorkflow implements WorkflowDefinition {

    @Override
    public String id() {
        return "mining-safety-review";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? "矿山安全评审" : "Mine safety review";
    }

    @Override
    public String subjectType() {
        return "customer";
    }

    @Override
    public String initialState() {
        return "SUBMITTED";
    }

    @Override
    public List<WorkflowState> states() {
        return List.of(new WorkflowState("SUBMITTED", Map.of("zh-CN", "已提交", "en", "Submitted"), false, Duration.ofDays(3),
                "manager"), new WorkflowState("APPROVED", Map.of("zh-CN", "已批准", "en", "Approved"), true, null, null));
    }

    @Override
    public List<WorkflowTransition> transitions() {
        return List.of(new WorkflowTransition("approve", "SUBMITTED", "APPROVED", Map.of("zh-CN", "批准", "en", "Approve"),
                Set.of("manager"), null, null, false));
    }
}
