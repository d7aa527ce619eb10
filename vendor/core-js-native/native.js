// twitter-text 3 imports core-js 2 polyfills for ES2015 features that Node 20 and current browsers have
// natively. Loading them is not free: core-js 2's RegExp#split feature check assigns `constructor` on a
// regex, which turns off V8's fast path for String#replace with a regex for the whole process (measured in
// the server: a calendar chip's first words took 17.7 µs instead of 2.8). Nothing is polyfilled here;
// tests/unit/core/native-regexp.test.ts checks that measuring an X post leaves the fast path on.
