'use client';

/** Last resort when the root layout itself fails; it must render its own html and body. */
export default function GlobalError({ reset }: Readonly<{ error: Error; reset: () => void }>) {
  return (
    <html lang="en-GB">
      <body>
        <main id="main-content" style={{ fontFamily: 'Arial, sans-serif', padding: '2rem' }}>
          <title>Sorry, there is a problem with the service – Fairboard</title>
          <h1>Sorry, there is a problem with the service</h1>
          <p>Try again in a few minutes. Anything you had already saved is safe.</p>
          <button type="button" onClick={() => reset()}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
