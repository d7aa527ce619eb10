// twitter-text 3 imports core-js 2 polyfills for ES2015 features that Node 20 and current browsers have
// natively. Loading them is not free: core-js 2's RegExp#split feature check assigns `constructor` on a
// regex, which disables V8's fast path for String#replace with a regex for the whole process (about 8×
// slower, measured in bench/ figures and tests/unit/core/native-regexp.test.ts). Nothing is polyfilled here.
