package org.oversight.indicator;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** There is no indicator or value with the id asked for. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class IndicatorNotFound extends RuntimeException {
    public IndicatorNotFound(long id) {
        super("There is no indicator or value with id " + id);
    }
}
