/**
 * The magnet tool (magnetredskabet) as an immutable board: per dimension, whether it is in focus and the resources
 * and challenges placed on it. Entry point: {@link dk.ics.model.board.MagnetBoard}.
 */
package dk.ics.model.board;
