package org.oversight.governance;

/** Minutes written for the tests, in the styles clerks use. */
final class MinuteFixtures {
    private MinuteFixtures() {
    }

    static String panelWithExclusion() {
        return """
                At a meeting of the Corporate Parenting Panel held at the Civic Offices, Northshire on Tuesday 14 March 2017.

                Present: Cllr R Hale (Chair)
                Cllr P Oduya
                Foster carer representative: M Grant
                Apologies: Cllr L Fenwick
                Officers in attendance: Head of Looked After Children; Virtual School Head

                CPP/17/21. Minutes of the last meeting RESOLVED: that the minutes of 10 January 2017 be agreed.

                CPP/17/22. Education of children in care
                The Virtual School Head presented the annual report.
                _RESOLVED_
                1. that the virtual school head circulate the attainment figures for children in care to all members;
                2. that the panel's congratulations be sent to the young people who achieved awards.

                CPP/17/23. Exclusion of the press and public
                RESOLVED that the press and public be excluded for the following items because they involve information about individuals under paragraph 1 of Part 1 of Schedule 12A to the Local Government Act 1972.

                CPP/17/24. Placement breakdown case review
                The panel discussed the circumstances of a placement ending.
                RESOLVED
                a) that the Head of Looked After Children report back on the placement review at the June meeting.

                CPP/17/25. Staying put arrangements
                NOTED the arrangements for two young people.
                """;
    }

    static String partnershipBoard() {
        return """
                At the meeting of the Northshire Safeguarding Partnership Board held in the Board Room, Police Headquarters on 2nd February 2021

                Present: Dr K Amis (Independent Chair)
                Officers: Business Manager

                Minute 7 Neglect strategy
                *Noted:* the progress of the neglect strategy.

                Minute 8 Escalation protocol
                The board considered the draft protocol.
                *Recommended:*
                (i) that partners adopt the revised escalation protocol;
                (ii) that the protocol be reviewed after six months.

                (Note: the meeting started at 2 p.m. and closed at 3.40 p.m.)
                """;
    }
}
