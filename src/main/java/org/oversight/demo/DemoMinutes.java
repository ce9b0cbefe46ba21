package org.oversight.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Minutes of two demo meetings as Kingsmead's clerk writes them, read in through the minutes reader. */
final class DemoMinutes {
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.UK);

    private DemoMinutes() {
    }

    static String scrutiny(LocalDate on, LocalDate next) {
        LocalDate later = DemoBoards.meetingDay(next, 2);
        return """
                KINGSMEAD BOROUGH COUNCIL

                At a meeting of the Children's Services Overview and Scrutiny Committee held in the Council Chamber, Kingsmead Town Hall on %s.

                PRESENT
                Cllr Amina Okafor (Chair)
                Cllr Tom Reilly (Vice-Chair)
                Councillors: Chris Taylor
                Sue Barnes
                Co-optee: Helen Brook

                Apologies: Cllr Dev Patel

                Officers in attendance: Director of Children's Services; Head of Safeguarding

                OSC/26/41 Minutes
                RESOLVED that the minutes of the previous meeting be confirmed as a correct record.

                OSC/26/42 Declarations of Interest
                Cllr Barnes declared a personal interest as a foster carer.

                OSC/26/43 Improvement Plan Progress
                The Director presented the monthly progress report on the improvement plan. Members asked about the number of agency social workers and the time taken to complete assessments.

                NOTED the progress reported against the improvement plan.

                RESOLVED
                1. that officers circulate a briefing note on agency social worker numbers to all members;
                2. that an update on the recruitment of permanent social workers be provided at the %s meeting; and
                3. that the committee's thanks be recorded to staff at the front door.

                OSC/26/44 Work Programme RESOLVED
                (i) that the Youth Justice Plan be moved from %s to %s;
                (ii) that the Sufficiency Strategy be included on the work programme for %s.

                (Note: The meeting commenced at 10.00 a.m. and concluded at 12.15 p.m.)
                """.formatted(LONG.format(on), MONTH.format(next), SHORT.format(next), SHORT.format(later), SHORT.format(later));
    }

    static String panel(LocalDate on) {
        return """
                At a meeting of the Corporate Parenting Panel held in Committee Room 2, Kingsmead Town Hall on %s.

                Present: Cllr Tom Reilly (Chair)
                Cllr Sue Barnes
                Carer representative: Jo Marsh

                CPP/26/05. Children in Care Council - NOTED the report of the Children in Care Council on the new pocket money policy.

                CPP/26/06. Health of Children in Care
                Members heard that initial health assessments within 20 working days had risen to 71%%.
                RESOLVED that the designated nurse bring a report on dental checks to the next meeting.

                CPP/26/07. Exclusion of the Press and Public
                RESOLVED that under section 100A(4) of the Local Government Act 1972 the press and public be excluded from the meeting for the following item on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act.

                CPP/26/08. Residential Placement Contract with Oakfield Homes
                Members considered the commercial terms of the block contract and the provider's latest inspection.
                RESOLVED that officers report back on the contract monitoring visits at the next meeting.
                """.formatted(LONG.format(on));
    }
}
