package org.oversight.plan;

/** No plan, action or update with that id, or none the reader may see: a page answers 404. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class PlanItemNotFound extends RuntimeException {

    public PlanItemNotFound(String message) {
        super(message);
    }

    public static PlanItemNotFound plan(long id) {
        return new PlanItemNotFound("There is no plan with id " + id + ".");
    }

    public static PlanItemNotFound action(long id) {
        return new PlanItemNotFound("There is no action with id " + id + ".");
    }

    public static PlanItemNotFound update(long actionId, long updateId) {
        return new PlanItemNotFound("Action " + actionId + " has no progress update with id " + updateId + ".");
    }
}
