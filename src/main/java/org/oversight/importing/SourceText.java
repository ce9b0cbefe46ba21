package org.oversight.importing;

/**
 * Text outside tables. {@code headingLevel} is 0 for an ordinary paragraph, 1..9 for a
 * heading where the format says so (Word heading styles, bold lines in pasted text).
 * {@code location} says where it was, for warnings ("page 3", "line 40", "paragraph 12").
 */
public record SourceText(String text, int headingLevel, String location) implements SourceBlock {
}
