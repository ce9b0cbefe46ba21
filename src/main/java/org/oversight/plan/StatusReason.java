package org.oversight.plan;

/** One fact behind a proposed status, in words, with the colour that fact alone would give. */
public record StatusReason(StatusRule rule, RagColour colour, String words) {
}
