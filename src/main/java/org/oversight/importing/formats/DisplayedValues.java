package org.oversight.importing.formats;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/** Cell values as Excel shows them, except that every date reads dd/MM/yyyy whatever its format. */
class DisplayedValues extends DataFormatter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    DisplayedValues() {
        super(Locale.UK);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)
                && formatString.toLowerCase(Locale.ROOT).matches(".*[dy].*")) {
            return DateUtil.getLocalDateTime(value, use1904Windowing).format(DATE);
        }
        return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
    }
}
