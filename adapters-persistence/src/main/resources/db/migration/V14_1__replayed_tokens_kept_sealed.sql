-- The private link's token given in a kept answer is no longer kept in clear: it is sealed under the request's own
-- idempotency key (AES-256-GCM), which the service does not keep, so only a retry presenting that key can read it
-- (docs/adr/0012). Answers kept before this change held the token in clear: it is removed, and a retry of such a
-- request is told it was already received (409) rather than given its link again or made twice.

alter table submission_replay rename column tracking_token to sealed_token;
alter table submission_replay drop constraint submission_replay_tracking_token_text;
update submission_replay set sealed_token = 'forgotten';
alter table submission_replay add constraint submission_replay_sealed_token_base64
    check (sealed_token ~ '^[A-Za-z0-9_-]+$' and char_length(sealed_token) <= 400);

comment on column submission_replay.sealed_token is
    'The private link''s token given in the answer, sealed under the idempotency key (not kept): never in clear.';
