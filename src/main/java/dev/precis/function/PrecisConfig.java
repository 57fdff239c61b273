package dev.precis.function;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Every {@code precis.*} setting of the functions, with its default, in one place. Each is
 * overridable by an environment variable ({@code precis.slack.defer-qualifier} as
 * {@code PRECIS_SLACK_DEFER_QUALIFIER}). The fetch limits have no default here: unset, they are
 * {@code FetchPolicy.defaults()}, which the command line shares.
 */
@ConfigMapping(prefix = "precis")
public interface PrecisConfig {

    /** The fetch limits for article URLs. */
    Fetch fetch();

    /** S3 uploads. */
    Ingest ingest();

    /** The Slack slash command. */
    Slack slack();

    /** Discord interactions. */
    Discord discord();

    /** Mattermost slash commands. */
    Mattermost mattermost();

    /** The Teams outgoing webhook. */
    Teams teams();

    /** The AWS endpoints the functions call; unset on Lambda, where the SDK finds them. */
    Endpoints s3();

    /** The SSM endpoint the Slack secret is read from (tests). */
    Endpoints ssm();

    /** The Lambda API endpoint the chat commands defer through (tests). */
    Endpoints lambda();

    /** Unset members keep {@code FetchPolicy.defaults()}. */
    interface Fetch {
        Optional<Long> maxBytes();

        Optional<Duration> connectTimeout();

        Optional<Duration> readTimeout();

        Optional<Duration> totalTimeout();

        /** Ports article URLs may name; 80 and 443 unless an operator widens it. */
        Optional<List<Integer>> allowedPorts();

        /** Test setting only: loopback ports the fetcher may reach. Empty in production. */
        Optional<List<Integer>> loopbackPorts();
    }

    /** Objects under the input prefix are summarized; results and error records go where the notification filter never looks. */
    interface Ingest {
        @WithDefault("incoming/")
        String inputPrefix();

        @WithDefault("summaries/")
        String outputPrefix();

        @WithDefault("errors/")
        String errorPrefix();

        /** Larger uploads leave an error record; unset, the fetch cap. */
        Optional<Long> maxObjectBytes();

        /** Messages of one SQS batch handled at once; what has no time left to start is reported back. */
        @WithDefault("4")
        int concurrency();
    }

    interface Slack extends Deferral {
        /** From the Slack app's Basic Information page; for local runs and tests, never logged. */
        Optional<String> signingSecret();

        /** On Lambda: the SSM SecureString parameter holding the signing secret, read at start-up. */
        Optional<String> signingSecretParameter();

        /** Where response_url may point; anything else is refused before a call is made. */
        @WithDefault("https://hooks.slack.com/")
        List<String> responseUrlPrefixes();
    }

    interface Discord extends Deferral {
        /** The application's public key (hex), from its Developer Portal page; without it every request is refused. */
        Optional<String> publicKey();

        /** Discord's API; tests point it at a loopback server. */
        @WithDefault("https://discord.com/api/v10")
        String apiBase();
    }

    interface Mattermost extends Deferral {
        /** The slash commands' tokens (one per command; set from a secret, never logged). */
        Optional<List<String>> tokens();

        /** Where response_url may point: the Mattermost server's own command hooks. Empty refuses every URL. */
        Optional<List<String>> responseUrlPrefixes();
    }

    interface Teams {
        /** The outgoing webhook's security token (base64, as Teams shows it); set from a secret, never logged. */
        Optional<String> securityToken();

        /** Teams waits five seconds; this leaves room for the round trip and a cold instance. */
        @WithDefault("4s")
        Duration answerWithin();
    }

    /** A chat command answers at once and defers the summary to an asynchronous invocation of the function itself. */
    interface Deferral {
        /** The function to defer to (itself on Lambda); unset, the command answers inline. */
        @WithDefault("${AWS_LAMBDA_FUNCTION_NAME:}")
        Optional<String> deferFunction();

        /** The alias or version to invoke (the template's "live"). */
        Optional<String> deferQualifier();
    }

    interface Endpoints {
        Optional<URI> endpoint();
    }
}
