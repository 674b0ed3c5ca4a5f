package dk.ics.model.board;

/**
 * How many resources and challenges are placed on one dimension of the board.
 *
 * @param resources  the number of resources
 * @param challenges the number of challenges
 */
public record NoteCounts(int resources, int challenges) {

    /** Checks that both counts are zero or more. */
    public NoteCounts {
        if (resources < 0 || challenges < 0) {
            throw new IllegalArgumentException("counts are zero or more");
        }
    }

    /** Resources and challenges together. */
    public int total() {
        return resources + challenges;
    }
}
