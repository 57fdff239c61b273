package floor;

import io.quarkus.funqy.Funq;

/** A function that does nothing: whatever it costs to start is the framework's cost alone. */
public class EchoFunction {

    @Funq
    public String echo(String input) {
        return input;
    }
}
