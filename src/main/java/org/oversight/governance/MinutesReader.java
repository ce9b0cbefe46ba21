package org.oversight.governance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the minutes of one meeting from text as a committee clerk writes them: the heading
 * naming the board and date, the attendance block, then items headed by minute numbers in
 * their different styles ("CFL/09/33", "CPP/17/23.", "Minute 12"), each with a summary and
 * NOTED, RESOLVED or RECOMMENDED decisions whose points are numbered 1), 1., (i) or (a).
 * Every item after the press and public were excluded is exempt.
 */
public final class MinutesReader {
    static final Pattern ITEM = Pattern.compile("^(?:Minute\\s+|Item\\s+)?("
            + "[A-Z]{1,6}\\s?/\\s?\\d{2,4}\\s?/\\s?\\d{1,4}\\.?"
            + "|[A-Z]{1,6}\\d{1,4}/\\d{2,4}\\.?|\\d{1,4}/\\d{2,4}\\.?"
            + "|(?<=^Minute\\s{1,3}|^Item\\s{1,3})\\d{1,3}[.:]?)(?:\\s+(.*))?$");
    private static final Pattern HEADER = Pattern.compile("(?i)at (?:a|the) meeting of (?:the )?(.+?) held (?:in|at) (.+?)"
            + " on (?:[a-z]+day,? )?(\\d{1,2})(?:st|nd|rd|th)? ([a-z]+),? (\\d{4})");
    private static final Pattern EXCLUSION = Pattern.compile("(?i)(press and (?:the )?public|public and (?:the )?press"
            + "|the public)[^.]{0,60}\\bexcluded|exclusion of (?:the )?(?:press and )?public");
    private static final Pattern PARAGRAPH = Pattern.compile("(?i)paragraphs?\\s+(\\d{1,2})\\b[^.]{0,80}schedule\\s*12\\s*a");
    private static final Pattern TIMES = Pattern.compile("(?i)(?:commenced|started|began) at (\\d{1,2})(?:[.:](\\d{2}))?\\s*([ap])\\.?\\s*m"
            + ".*?(?:concluded|closed|ended|finished) at (\\d{1,2})(?:[.:](\\d{2}))?\\s*([ap])\\.?\\s*m");
    private static final Pattern NOTE = Pattern.compile("(?i)^\\(?note:.*");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private MinutesReader() {
    }

    public static ReadMinutes read(String text) {
        List<String> lines = MinuteLines.of(text);
        int start = 0;
        String board = null;
        String venue = null;
        LocalDate date = null;
        String joined = String.join(" ", lines);
        Matcher header = HEADER.matcher(joined);
        if (header.find()) {
            board = tidyName(header.group(1));
            venue = header.group(2).strip();
            date = parseDate(header.group(3) + " " + header.group(4) + " " + header.group(5));
            start = firstLineContaining(lines, "meeting of");
        }
        int firstItem = start;
        while (firstItem < lines.size() && !ITEM.matcher(lines.get(firstItem)).matches()) {
            firstItem++;
        }
        AttendanceBlock attendance = new AttendanceBlock(lines.subList(Math.min(start + 1, firstItem), firstItem));
        Matcher times = TIMES.matcher(joined);
        LocalTime started = null;
        LocalTime finished = null;
        if (times.find()) {
            started = time(times.group(1), times.group(2), times.group(3));
            finished = time(times.group(4), times.group(5), times.group(6));
        }
        List<ReadMinutes.Item> items = new ArrayList<>();
        String declarations = readItems(lines, firstItem, items);
        return new ReadMinutes(board, date, venue, attendance.of(AttendanceKind.PRESENT),
                attendance.of(AttendanceKind.APOLOGIES), attendance.of(AttendanceKind.SUBSTITUTE),
                attendance.of(AttendanceKind.OFFICER), attendance.of(AttendanceKind.IN_ATTENDANCE),
                started, finished, declarations, List.copyOf(items));
    }

    private static String readItems(List<String> lines, int from, List<ReadMinutes.Item> items) {
        boolean excluded = false;
        String paragraph = null;
        String declarations = null;
        int i = from;
        while (i < lines.size()) {
            Matcher item = ITEM.matcher(lines.get(i));
            if (!item.matches()) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !ITEM.matcher(lines.get(end)).matches()) {
                end++;
            }
            List<String> body = new ArrayList<>(lines.subList(i + 1, end).stream().filter(l -> !NOTE.matcher(l).matches()).toList());
            String title = item.group(2) == null ? "" : item.group(2).strip();
            if (title.isEmpty()) {
                while (!body.isEmpty() && body.get(0).isEmpty()) {
                    body.remove(0);
                }
                title = body.isEmpty() ? "" : body.remove(0);
            }
            Matcher runIn = MinuteItemText.RUN_IN.matcher(title);
            if (runIn.matches() && !runIn.group(1).isBlank()) {
                title = runIn.group(1).strip();
                body.add(0, runIn.group(2) + " " + runIn.group(3));
            }
            MinuteItemText content = new MinuteItemText(body);
            String summary = String.join("\n\n", content.summary);
            items.add(new ReadMinutes.Item(item.group(1).strip(), title.replaceAll("[\\s:–-]+$", ""), excluded,
                    excluded ? paragraph : null, summary.isEmpty() ? null : summary, List.copyOf(content.decisions)));
            if (title.toLowerCase().contains("interest") && !summary.isEmpty()) {
                declarations = summary;
            }
            String all = title + " " + String.join(" ", body);
            if (!excluded && EXCLUSION.matcher(all).find()) {
                excluded = true;
                Matcher p = PARAGRAPH.matcher(all);
                paragraph = p.find() ? p.group(1) : null;
            }
            i = end;
        }
        return declarations;
    }

    static LocalDate parseDate(String text) {
        try {
            String t = text.strip().replaceAll("(\\d)(st|nd|rd|th)\\b", "$1");
            return LocalDate.parse(t.substring(0, 1).toUpperCase() + t.substring(1), LONG);
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return null;
        }
    }

    private static LocalTime time(String hours, String minutes, String meridiem) {
        int h = Integer.parseInt(hours) % 12 + ("p".equalsIgnoreCase(meridiem) ? 12 : 0);
        return LocalTime.of(h, minutes == null ? 0 : Integer.parseInt(minutes));
    }

    private static int firstLineContaining(List<String> lines, String words) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).toLowerCase().contains(words)) {
                return i;
            }
        }
        return 0;
    }

    /** "CHILDREN, FAMILIES & LEARNING OVERVIEW" becomes "Children, Families & Learning Overview". */
    static String tidyName(String name) {
        String n = name.strip();
        if (!n.equals(n.toUpperCase())) {
            return n;
        }
        StringBuilder out = new StringBuilder();
        for (String word : n.toLowerCase().split(" ")) {
            boolean small = List.of("and", "of", "the", "for", "&").contains(word) && out.length() > 0;
            out.append(out.length() > 0 ? " " : "").append(small || word.isEmpty() ? word
                    : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }
}
