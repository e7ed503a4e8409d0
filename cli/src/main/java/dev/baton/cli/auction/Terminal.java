package dev.baton.cli.auction;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Map;

/** Whether stdout is an interactive terminal that should get ANSI colour. */
final class Terminal {
    private Terminal() {}

    /**
     * Colour only on a terminal, never when NO_COLOR is set (https://no-color.org convention) or
     * TERM is dumb.
     */
    static boolean wantsColour(Map<String, String> environment) {
        if (environment.containsKey("NO_COLOR")) {
            return false;
        }
        if ("dumb".equals(environment.get("TERM"))) {
            return false;
        }
        return isTerminal(System.console());
    }

    /**
     * On JDK 22+ {@code System.console()} exists even when output is redirected, and {@code
     * Console.isTerminal()} tells the difference; on JDK 21 a console exists only for a terminal.
     * Reflection keeps the code at release 21.
     */
    static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
