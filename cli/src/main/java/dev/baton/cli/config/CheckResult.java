package dev.baton.cli.config;

/** One line of `baton config check`. */
public record CheckResult(String check, Status status, String detail) {
    public enum Status {
        OK,
        FAILED,
        SKIPPED
    }

    public static CheckResult ok(String check, String detail) {
        return new CheckResult(check, Status.OK, detail);
    }

    public static CheckResult failed(String check, String detail) {
        return new CheckResult(check, Status.FAILED, detail);
    }

    public static CheckResult skipped(String check, String why) {
        return new CheckResult(check, Status.SKIPPED, why);
    }

    public String line() {
        String mark =
                switch (status) {
                    case OK -> "ok     ";
                    case FAILED -> "FAILED ";
                    case SKIPPED -> "skipped";
                };
        return mark + " " + check + ": " + detail;
    }
}
