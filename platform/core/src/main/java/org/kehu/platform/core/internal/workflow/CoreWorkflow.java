package org.kehu.platform.core.internal.workflow;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.kehu.platform.api.spi.Labels;
import org.kehu.platform.api.spi.WorkflowDefinition;
import org.kehu.platform.api.spi.WorkflowState;
import org.kehu.platform.api.spi.WorkflowTransition;
import org.kehu.platform.core.internal.rules.Texts;
import org.kehu.platform.core.internal.rules.Violations;

/** What the core's workflow definitions share: id, version, names in zh-CN and en, and builders of states and transitions. */
abstract class CoreWorkflow implements WorkflowDefinition {

    /** Roles of the core workflows. */
    static final String MANAGER = "manager";
    static final String DIRECTOR = "director";
    static final String GENERAL_MANAGER = "general-manager";
    static final String GM_OFFICE = "gm-office";
    static final String GROUP = "group";
    static final String CHAIRMAN = "chairman";
    static final String LEGAL = "legal";
    static final String FINANCE = "finance";
    static final String CREDIT_OFFICER = "credit-officer";
    static final String BU_GM = "bu-gm";
    static final String COMMITTEE_CHAIR = "committee-chair";
    /** Withdrawing is for whoever started the instance. */
    static final Set<String> STARTER = Set.of(WorkflowTransition.STARTER);

    private final String id;
    private final int version;
    private final String subjectType;
    private final Map<String, String> names;

    CoreWorkflow(String id, int version, String subjectType, String zh, String en) {
        this.id = id;
        this.version = version;
        this.subjectType = subjectType;
        this.names = Map.of("zh-CN", zh, "en", en);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int version() {
        return version;
    }

    @Override
    public String name(Locale locale) {
        return Labels.pick(names, locale, id);
    }

    @Override
    public String subjectType() {
        return subjectType;
    }

    @Override
    public String initialState() {
        return states().get(0).id();
    }

    static WorkflowState state(String id, String zh, String en, String escalateTo) {
        return new WorkflowState(id, Map.of("zh-CN", zh, "en", en), false, null, escalateTo);
    }

    static WorkflowState end(String id, String zh, String en) {
        return new WorkflowState(id, Map.of("zh-CN", zh, "en", en), true, null, null);
    }

    static WorkflowTransition go(String name, String from, String to, String zh, String en, Set<String> roles) {
        return new WorkflowTransition(name, from, to, Map.of("zh-CN", zh, "en", en), roles, null, null, false);
    }

    /** A transition that needs a comment: rejections and decisions that must be explained. */
    static WorkflowTransition explained(String name, String from, String to, String zh, String en, Set<String> roles) {
        return new WorkflowTransition(name, from, to, Map.of("zh-CN", zh, "en", en), roles, null, null, true);
    }

    /** A transition for amounts in (above, upTo]. */
    static WorkflowTransition bounded(String name, String from, String to, String zh, String en, Set<String> roles,
            BigDecimal above, BigDecimal upTo, boolean comment) {
        return new WorkflowTransition(name, from, to, Map.of("zh-CN", zh, "en", en), roles, above, upTo, comment);
    }

    /** The state's configured deadline: {@code workflow.<id>.<key>.due}. */
    static Duration due(WorkflowSettings settings, String id, String key) {
        return settings.due(id + "." + key + ".due");
    }

    /** A required text of the start data, at most {@code max} characters. */
    static String text(Violations v, Map<String, Object> data, String key, int max) {
        Object value = data.get(key);
        String s = value == null ? null : Texts.clean(value.toString());
        v.requireText("data." + key, s, max);
        return s;
    }

    /** The states and transitions listed in order, as the API shows them. */
    static List<WorkflowState> states(WorkflowState... states) {
        return List.of(states);
    }
}
