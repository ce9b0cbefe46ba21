package org.oversight.bench;

import java.util.Random;

/** Plausible filler text of a given number of words. */
final class Text {
    private static final String[] WORDS = ("children families social work practice quality assurance audit supervision "
            + "caseload early help front door referral assessment plan review partnership health police schools "
            + "education placement sufficiency care leavers corporate parenting performance data training workforce "
            + "recruitment retention managers oversight improvement board timescales evidence outcomes voice child "
            + "advocacy strategy multi-agency safeguarding threshold decision making escalation contact").split(" ");

    private Text() {
    }

    static String phrase(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String sentence(Random random, int words) {
        return phrase(random, words) + ".";
    }
}
