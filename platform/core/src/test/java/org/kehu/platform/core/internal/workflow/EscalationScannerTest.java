package org.kehu.platform.core.internal.workflow;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Hashtable;

import org.junit.jupiter.api.Test;
import org.kehu.platform.api.workflow.WorkflowService;

class EscalationScannerTest {

    private Instant now = Instant.parse("2026-11-23T08:00:00Z");
    private final Clock clock = mock(Clock.class);
    private final WorkflowService workflows = mock(WorkflowService.class);
    private final WorkflowSettings settings = new WorkflowSettings();

    private EscalationScanner scanner() {
        when(clock.getZone()).thenReturn(ZoneOffset.UTC);
        when(clock.instant()).thenAnswer(call -> now);
        return new EscalationScanner(workflows, settings, clock);
    }

    private void interval(String seconds) throws Exception {
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("workflow.escalation.scan.seconds", seconds);
        settings.updated(p);
    }

    @Test
    void scansOncePerIntervalAndAChangedIntervalAppliesAtOnce() throws Exception {
        EscalationScanner s = scanner();
        s.tick();
        now = now.plusSeconds(59);
        s.tick();
        verify(workflows, times(1)).escalateOverdue();
        now = now.plusSeconds(1);
        s.tick();
        verify(workflows, times(2)).escalateOverdue();
        interval("1");
        now = now.plusSeconds(1);
        s.tick();
        verify(workflows, times(3)).escalateOverdue();
    }

    @Test
    void zeroTurnsTheScanOffAndAFailureDoesNotStopIt() throws Exception {
        EscalationScanner s = scanner();
        interval("0");
        s.tick();
        verify(workflows, times(0)).escalateOverdue();
        interval("1");
        when(workflows.escalateOverdue()).thenThrow(new IllegalStateException("database away"));
        s.tick();
        now = now.plusSeconds(1);
        s.tick();
        verify(workflows, times(2)).escalateOverdue();
    }
}
