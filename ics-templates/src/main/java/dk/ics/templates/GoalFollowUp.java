package dk.ics.templates;

import java.util.Optional;

/**
 * The follow-up of one goal, read by role ({@code GOAL_FOLLOW_UPS} and the roles in it).
 *
 * @param pointer            the JSON Pointer of the follow-up object
 * @param goalRef            the goal id followed up ({@code FOLLOW_UP_GOAL_REF})
 * @param progress           the progress towards the goal ({@code FOLLOW_UP_PROGRESS})
 * @param measureDecision    what was decided about the measure ({@code MEASURE_DECISION})
 * @param childPerspective   the child's perspective on this goal, where the template asks for it per goal
 *                           ({@code CHILD_PERSPECTIVE} inside the follow-up)
 * @param parentsPerspective the parents' perspective on this goal, likewise ({@code PARENTS_PERSPECTIVE})
 */
public record GoalFollowUp(String pointer, Optional<Bound<String>> goalRef, Optional<Bound<String>> progress,
        Optional<Bound<String>> measureDecision, Optional<Bound<String>> childPerspective,
        Optional<Bound<String>> parentsPerspective) {
}
