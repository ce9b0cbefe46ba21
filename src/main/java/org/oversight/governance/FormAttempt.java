package org.oversight.governance;

import org.springframework.validation.BindingResult;

/** Runs a change a form asked for, unless the form already has errors; a {@link FormRefused} becomes its field's error. */
final class FormAttempt {
    private FormAttempt() {
    }

    /** True when the change was made; false when the form is to be shown again with its errors. */
    static boolean succeeds(BindingResult errors, Runnable change) {
        if (errors.hasErrors()) {
            return false;
        }
        try {
            change.run();
            return true;
        } catch (FormRefused refused) {
            errors.rejectValue(refused.field(), "refused", refused.getMessage());
            return false;
        }
    }
}
