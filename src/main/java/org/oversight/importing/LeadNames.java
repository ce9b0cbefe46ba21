package org.oversight.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a lead cell into the people, roles and bodies it names. It splits on "/", ";" and line
 * breaks; on "and" or "&amp;" only when both sides are whole leads on their own (a person's name,
 * a lead named alone elsewhere in the document, or a role opening such as "Head of") and the left
 * side is not a list ("Head of Referral, Assessment and Intervention" stays one role), nor a
 * role's field ("Head of Quality Assurance and Practice Improvement" stays one role, where
 * "Practice Improvement" could be a name); and where
 * two leads named alone elsewhere were run together.
 */
public final class LeadNames {
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:/|;|\\n)\\s*");
    private static final Pattern AND = Pattern.compile("\\s+(?:and|&)\\s+");
    private static final Pattern PERSON = Pattern.compile("^(?:(?:Dr|Mr|Mrs|Ms|Miss|Cllr)\\.? )?[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}$");
    private static final Pattern ROLE_OPENING = Pattern.compile("^(Head|Director|Assistant Director|Deputy|Chief|Manager|"
            + "Designated|Named|Chair|Team Manager|Lead|Senior|Interim|Principal)\\b");
    /** "Head of ...": what follows its "and" is more of the same role's field unless it is a lead in its own right. */
    private static final Pattern ROLE_OF = Pattern.compile("^(?:Head|Director|Assistant Director|Deputy Director|Service Manager)"
            + " (?:of|for)\\b");
    private static final Set<String> BODY_WORDS = Set.of("board", "council", "trust", "nhs", "team", "teams", "group",
            "partnership", "service", "services", "partners", "police", "agencies", "sha", "ccg", "directorate", "unit",
            "commissioning", "authority", "department");
    private static final Set<String> ROLE_WORDS = Set.of("head", "director", "manager", "managers", "officer", "lead",
            "nurse", "doctor", "adviser", "advisor", "coordinator", "chair", "champion", "worker", "workers");

    private final Set<String> known;

    /** @param alone the lead cells of the whole document that hold one lead each, to recognise leads by */
    public LeadNames(Set<String> alone) {
        this.known = new LinkedHashSet<>(alone);
    }

    public List<String> split(String cell) {
        List<String> leads = new ArrayList<>();
        for (String part : SEPARATORS.split(cell == null ? "" : cell.strip())) {
            String p = part.strip().replaceAll("[.;,]+$", "").replaceAll("^[.;,\\s]+", "");
            if (!p.isEmpty()) {
                splitJoined(p, leads);
            }
        }
        return leads;
    }

    private void splitJoined(String part, List<String> into) {
        String[] sides = AND.split(part, 2);
        if (sides.length == 2 && !sides[0].contains(",") && whole(sides[0]) && whole(sides[1])
                && !(ROLE_OF.matcher(sides[0]).find() && !known.contains(sides[1].strip())
                        && !ROLE_OPENING.matcher(sides[1].strip()).find())) {
            splitJoined(sides[0], into);
            splitJoined(sides[1], into);
            return;
        }
        for (String k : known) {
            if (part.length() > k.length() + 2 && part.startsWith(k + " ") && known.contains(part.substring(k.length() + 1))) {
                into.add(k);
                into.add(part.substring(k.length() + 1));
                return;
            }
        }
        into.add(part);
    }

    private boolean whole(String side) {
        String s = side.strip();
        return known.contains(s) || PERSON.matcher(s).matches() && kind(s) == Kind.PERSON || ROLE_OPENING.matcher(s).find();
    }

    /** What kind of lead a name is, from its words. */
    public static Kind kind(String name) {
        List<String> words = List.of(name.toLowerCase(Locale.ROOT).split("[^a-z]+"));
        if (words.stream().anyMatch(ROLE_WORDS::contains)) {
            return Kind.ROLE;
        }
        if (words.stream().anyMatch(BODY_WORDS::contains)) {
            return Kind.BODY;
        }
        return PERSON.matcher(name.strip()).matches() ? Kind.PERSON : Kind.ROLE;
    }

    public enum Kind { PERSON, ROLE, BODY }
}
