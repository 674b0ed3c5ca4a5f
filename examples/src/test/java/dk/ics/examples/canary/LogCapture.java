package dk.ics.examples.canary;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Captures everything written to {@code System.out} and {@code System.err} while open, with every SLF4J logger of
 * the library ({@code dk.ics.*}) turned up to TRACE, and puts it all back when closed.
 *
 * <p>The examples module logs through slf4j-simple, which writes to whatever {@code System.err} is at the time of
 * each call and fixes a logger's level when the logger is created. Loggers created before the capture (by other
 * tests in the same JVM) are set to TRACE through slf4j-simple's own fields; loggers created during it take TRACE
 * from the {@code org.slf4j.simpleLogger.log.dk.ics} property. Not thread-safe; one capture at a time.
 */
final class LogCapture implements AutoCloseable {

    private static final String LEVEL_PROPERTY = "org.slf4j.simpleLogger.log.dk.ics";
    private static final int TRACE = 0;

    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private final Map<Logger, Integer> originalLevels = new HashMap<>();
    private final String originalProperty = System.getProperty(LEVEL_PROPERTY);

    private LogCapture() {
    }

    /** Starts capturing. */
    static LogCapture start() {
        LogCapture c = new LogCapture();
        System.setProperty(LEVEL_PROPERTY, "trace");
        PrintStream into = new PrintStream(c.captured, true, StandardCharsets.UTF_8);
        System.setOut(into);
        System.setErr(into);
        c.libraryLoggersAt(TRACE);
        return c;
    }

    /** Everything written so far. */
    String text() {
        System.out.flush();
        System.err.flush();
        return captured.toString(StandardCharsets.UTF_8);
    }

    /** Turns every library logger that exists now up to TRACE (call again after new loggers may have appeared). */
    void libraryLoggersAt(int level) {
        for (Logger logger : loggers().values()) {
            if (logger.getName().startsWith("dk.ics")) {
                originalLevels.computeIfAbsent(logger, LogCapture::level);
                setLevel(logger, level);
            }
        }
    }

    @Override
    public void close() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        if (originalProperty == null) {
            System.clearProperty(LEVEL_PROPERTY);
        } else {
            System.setProperty(LEVEL_PROPERTY, originalProperty);
        }
        int defaultLevel = defaultLevel();
        for (Logger logger : loggers().values()) {
            if (logger.getName().startsWith("dk.ics")) {
                setLevel(logger, originalLevels.getOrDefault(logger, defaultLevel));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Logger> loggers() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        try {
            Field map = factory.getClass().getDeclaredField("loggerMap");
            map.setAccessible(true);
            return (Map<String, Logger>) map.get(factory);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("the examples module is expected to log through slf4j-simple, found "
                    + factory.getClass().getName(), e);
        }
    }

    private static Field levelField(Logger logger) throws NoSuchFieldException {
        Field f = logger.getClass().getDeclaredField("currentLogLevel");
        f.setAccessible(true);
        return f;
    }

    private static int level(Logger logger) {
        try {
            return levelField(logger).getInt(logger);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot read the level of " + logger.getName(), e);
        }
    }

    private static void setLevel(Logger logger, int level) {
        try {
            levelField(logger).setInt(logger, level);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot set the level of " + logger.getName(), e);
        }
    }

    private static int defaultLevel() {
        try {
            Class<?> simple = Class.forName("org.slf4j.simple.SimpleLogger");
            Field config = simple.getDeclaredField("CONFIG_PARAMS");
            config.setAccessible(true);
            Object params = config.get(null);
            Field level = params.getClass().getDeclaredField("defaultLogLevel");
            level.setAccessible(true);
            return level.getInt(params);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot read slf4j-simple's default level", e);
        }
    }
}
