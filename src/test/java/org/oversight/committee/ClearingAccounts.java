package org.oversight.committee;

import org.oversight.account.Accounts;
import org.oversight.account.Role;

/** The accounts of the four officers the tests name to clear reports (legal, finance, equalities, director). */
final class ClearingAccounts {
    private ClearingAccounts() {
    }

    /** Creates them in the organisation (null: of none) unless they already exist. */
    static void of(Accounts accounts, Long organisationId) {
        for (String officer : CommitteeReportStorageContract.officers().values()) {
            if (!accounts.exists(officer)) {
                accounts.create(officer, "Officer " + officer, Role.VIEWER, "orange copper lantern clears", organisationId);
            }
        }
    }
}
