package dk.ics.barometer;

/**
 * How far apart the roles' scores for one aim point are: the highest and the lowest scoring role (among roles whose
 * score for the aim point is not {@link Status#INSUFFICIENT_ANSWERS}) and the difference in points. Ties go to the
 * role first in {@link Role} order.
 *
 * @param aimPointId  the aim point's id
 * @param highestRole the role with the highest score
 * @param highest     its score
 * @param lowestRole  the role with the lowest score
 * @param lowest      its score
 * @param spread      {@code highest - lowest}
 */
public record RoleSpread(String aimPointId, Role highestRole, int highest, Role lowestRole, int lowest, int spread) {
}
