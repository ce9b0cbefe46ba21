package org.oversight.demo;

/**
 * The twelve quarters of each demo indicator, oldest first. Percentages are turned into counts
 * against the denominators, so the published value matches its counts, except LAC 1 in the
 * quarter {@link #lac1Misstated}.
 */
final class DemoIndicatorFigures {
    final int[] eh1Denominators = {212, 198, 224, 231, 240, 226, 251, 262, 248, 255, 270, 266};
    final double[] eh1Percent = {61, 64, 66, 63, 70, 72, 74, 78, 80, 83, 84.5, 86.8};
    final double[] cp1Rate = {52.1, 53.4, 55.0, 54.2, 51.8, 49.6, 48.3, 47.9, 46.5, 45.2, 44.6, 44.1};
    final int[] cp2Denominators = {58, 61, 55, 63, 60, 57, 62, 59, 64, 61, 58, 60};
    final double[] cp2Percent = {6.9, 6.6, 7.3, 6.3, 5, 5.3, 4.8, 5.1, 3.1, 3.3, 3.4, 1.7};
    final int[] cp3Denominators = {71, 66, 74, 69, 72, 68, 75, 70, 73, 67, 71, 69};
    final double[] cp3Percent = {26.8, 25.8, 27, 24.6, 23.6, 22.1, 21.3, 20, 19.2, 17.9, 18.3, 15.9};
    final int[] lac1Denominators = {38, 41, 36, 44, 40, 43, 39, 45, 42, 44, 41, 46};
    final double[] lac1Percent = {42.1, 43.9, 47.2, 45.5, 52.5, 55.8, 59, 62.2, 66.7, 70.5, 78, 82.6};
    /** The quarter in which LAC 1 was published as 75.0% though 31 of 44 is 70.5%. */
    final Integer lac1Misstated = 9;
    final int[] lac2Denominators = {231, 228, 235, 240, 238, 236, 242, 245, 241, 244, 248, 250};
    final double[] lac2Percent = {68.4, 70.2, 71.1, 69.6, 72.3, 74.6, 75.2, 77.1, 78.4, 80.3, 82.7, 84.0};
    final double[] lac3Percent = {80.5, 81.1, 82.6, 81.7, 83.2, 84.7, 85.5, 86.1, 87.6, 88.5, 89.1, 91.2};
    final double[] lac4Score = {15.9, 15.7, 15.8, 15.4, 15.1, 15.2, 14.9, 14.6, 14.8, 14.3, 14.5, 13.9};
    final int[] lac5Count = {298, 304, 311, 317, 322, 319, 315, 312, 309, 306, 301, 297};
    final int[] inBoroughShare = {58, 58, 59, 59, 60, 61, 61, 62, 63, 64, 65, 66};

    /** Commentary for the latest four quarters, by indicator; quarter 0 is the earliest of the four. */
    static String commentary(String code, int quarter) {
        String[] notes = switch (code) {
            case "EH 1" -> new String[] {"The shorter assessment went live in the quarter; practitioners are still learning it.",
                "Timeliness improved as the backlog in two family hubs was cleared.",
                "Just short of target; three of the late assessments were delayed by families' choice.",
                "Above target for the first time since the inspection."};
            case "CP 2" -> new String[] {"Two large sibling groups ended long plans.", "Team managers now review every plan at 15 months.",
                "Stable.", "The lowest figure in three years."};
            case "CP 3" -> new String[] {"Audit of repeat plans shows earlier step-down to early help.",
                "Within tolerance of the target.", "Slight rise; an audit of the repeat plans is under way.",
                "Below the target for the first time."};
            case "LAC 1" -> new String[] {"Paediatric capacity restored after sickness absence in the community team.",
                "Figure as reported to the board in the quarter; see the warning on its counts.",
                "Weekly tracking of every child coming into care started in the quarter.",
                "Still short of target; most late assessments were for children placed outside the borough."};
            default -> new String[] {"Improving steadily.", "Improving steadily.", "On course.", "On course."};
        };
        return notes[quarter];
    }
}
