package org.oversight.notification;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Working days in England: Monday to Friday except bank holidays, as the Jollyday calendar
 * of the United Kingdom gives them for England (substitute days included).
 */
@Component
public class WorkingDays {
    private static final String ENGLAND = "eng";
    private final HolidayManager holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));

    public boolean isBankHoliday(LocalDate day) {
        return holidays.isHoliday(day, ENGLAND);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isBankHoliday(day);
    }

    /** The n-th working day after the given day (n = 1 is the next working day). */
    public LocalDate after(LocalDate day, int n) {
        LocalDate d = day;
        for (int found = 0; found < n; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                found++;
            }
        }
        return d;
    }

    /** The n-th working day before the given day (n = 1 is the working day before). */
    public LocalDate before(LocalDate day, int n) {
        LocalDate d = day;
        for (int found = 0; found < n; ) {
            d = d.minusDays(1);
            if (isWorkingDay(d)) {
                found++;
            }
        }
        return d;
    }

    /** Working days after {@code from} up to and including {@code to}; zero when {@code to} is not later. */
    public int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
