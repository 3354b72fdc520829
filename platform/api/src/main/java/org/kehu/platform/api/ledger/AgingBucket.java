package org.kehu.platform.api.ledger;

import org.kehu.platform.api.Money;

/**
 * Open receivables by days past due: {@code fromDays}–{@code toDays}
 * inclusive ({@code toDays} is {@code null} for the last bucket). The bucket
 * with {@code key} {@code current} holds what is not yet due.
 */
public record AgingBucket(String key, Integer fromDays, Integer toDays, Money amount, int invoices) {
}
