/** Under a create form: the server's refusal, or the new secret, which it shows only this once. */
export function CreatedSecret({
  error,
  secret,
  label,
  testId,
}: {
  error: Error | null;
  secret: string | null;
  label: string;
  testId: string;
}) {
  return (
    <>
      {error ? (
        <p role="alert" className="mt-2 text-sm text-rose-600">
          {error.message}
        </p>
      ) : null}
      {secret ? (
        <div className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          <p className="font-medium">{label}</p>
          <code data-testid={testId} className="mt-1 block break-all">
            {secret}
          </code>
        </div>
      ) : null}
    </>
  );
}
