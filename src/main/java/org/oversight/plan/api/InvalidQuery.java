package org.oversight.plan.api;

/** A query parameter that cannot be understood; answered with 400 naming the parameter. */
class InvalidQuery extends RuntimeException {
    private final String parameter;

    InvalidQuery(String parameter, String message) {
        super(parameter + ": " + message);
        this.parameter = parameter;
    }

    String parameter() { return parameter; }
}
