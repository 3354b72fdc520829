package org.kehu.platform.api;

public record HandoverRequest(String newOwner, String reason) {
}
