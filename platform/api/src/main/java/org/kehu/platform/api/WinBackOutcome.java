package org.kehu.platform.api;

public enum WinBackOutcome {
    WIN_BACK,
    NOT_TO_BE_RECOVERED
}
