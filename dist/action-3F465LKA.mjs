#!/usr/bin/env node
import { createRequire as __pinAuditCreateRequire } from "node:module";
const require = __pinAuditCreateRequire(import.meta.url);
import {
  require_tunnel
} from "./action-LRFWWSQO.mjs";
import {
  require_undici
} from "./action-LDYFU7FL.mjs";
import {
  DEFAULT_INDEX_URL,
  INDEX_TOKEN_ENV,
  PY_WHITESPACE,
  TOP,
  compareKeys,
  compareVersions,
  copyString,
  createBoundedCache,
  createIndexSession,
  isPrerelease,
  listIndexSecrets,
  lstat,
  makeVersion,
  maskSecrets,
  mkdtemp,
  normalizeName,
  open,
  parseVersion,
  pyStrip,
  readFile,
  readNetworkTimings,
  readdir,
  readlink,
  realpath,
  redactUrl,
  replaceVersion,
  rm,
  settleLookup,
  stat,
  updateType,
  versionKey,
  writeFile
} from "./action-74ZJYKHE.mjs";
import {
  __commonJS,
  __export,
  __toESM
} from "./action-Z5F5GIAF.mjs";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform2 = navigator.platform.toLowerCase();
        return platform2 === "win32" || platform2 === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append2 = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append2}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants3 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants3;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote2 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          continue;
        }
        if (quote2 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants3.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal3 = normalizeSimpleBranch(branch);
        if (literal3 && literal3.length === 1) {
          safeChars.push(literal3);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse4 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants3.globChars(opts.windows);
      const EXTGLOB_CHARS = constants3.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append2 = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count2 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count2++;
        }
        if (count2 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append2(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal3 = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open4 = tokens[token.tokensIndex];
          open4.type = "text";
          open4.value = literal3;
          open4.output = safeOutput || utils.escapeRegex(literal3);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open4.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse4(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc2, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc2) {
              return esc2 + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc2) {
              return esc2 + first + (rest ? star : "");
            }
            return star;
          }
          return esc2 ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix17 = POSIX_REGEX_SOURCE[rest2];
                if (posix17) {
                  prev.value = pre + posix17;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append2({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append2({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append2({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open4 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open4);
          push(open4);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range2 = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range2.unshift(arr[i].value);
              }
            }
            output = expandRange(range2, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse4.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants3.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse4;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse4 = require_parse();
    var utils = require_utils();
    var constants3 = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch9 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch9(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix17 = opts.windows;
      const regex = isState ? picomatch9.compileRe(glob, options) : picomatch9.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch9(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch9.test(input, regex, options, { glob, posix: posix17 });
        const result = { glob, state, regex, posix: posix17, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch9.test = (input, regex, options, { glob, posix: posix17 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix17 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch9.matchBase(input, regex, options, posix17);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch9.matchBase = (input, glob, options, posix17 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch9.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix17 }));
    };
    picomatch9.isMatch = (str, patterns, options) => picomatch9(patterns, options)(str);
    picomatch9.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch9.parse(p, options));
      return parse4(pattern, { ...options, fastpaths: false });
    };
    picomatch9.scan = (input, options) => scan(input, options);
    picomatch9.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append2 = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append2}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch9.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch9.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse4.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse4(input, options);
      }
      return picomatch9.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch9.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch9.constants = constants3;
    module.exports = picomatch9;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch9(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch9, pico);
    module.exports = picomatch9;
  }
});

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve6) {
      resolve6(value);
    });
  }
  return new (P || (P = Promise))(function(resolve6, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve6(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile: writeFile2 } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a2) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile2 : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text3, addEOL = false) {
    this._buffer += text3;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item2) => this.wrap("li", item2)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row2) => {
      const cells = row2.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text3, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text3);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text3, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text3, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text3, href) {
    const element = this.wrap("a", text3, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat: lstat2, mkdir, open: open2, readdir: readdir2, rename, rm: rm2, rmdir, stat: stat2, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name2, options) {
  const val = process.env[`INPUT_${name2.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name2}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name2, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name2, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name: name2 }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/github/action-outputs.ts
import { join } from "node:path";

// src/report/json-pieces.ts
var ITEMS_PER_PIECE = 32;
function* stringifyInPieces(value, depth, levels) {
  yield* renderValue(applyToJson(value, ""), depth, levels);
}
function* renderValue(value, depth, levels) {
  if (typeof value !== "object" || value === null || isBoxed(value)) {
    yield JSON.stringify(value);
    return;
  }
  const open4 = levels > 0 || hasToJson(value);
  if (Array.isArray(value)) {
    const items = Array.from(value, (item2, i) => applyToJson(item2, String(i)));
    if (open4 || items.some(isObjectWithToJson))
      yield* renderOpenArray(items, depth, Math.max(levels, 1));
    else yield* renderArray(items, depth);
    return;
  }
  if (open4) yield* renderOpenObject(value, depth, Math.max(levels, 1));
  else yield stringifyAt(value, depth);
}
function* renderOpenArray(items, depth, levels) {
  if (items.length === 0) {
    yield "[]";
    return;
  }
  const indent2 = "  ".repeat(depth + 1);
  for (let i = 0; i < items.length; i++) {
    yield `${i === 0 ? "[" : ","}
${indent2}`;
    const item2 = items[i];
    if (isOmitted(item2)) yield "null";
    else yield* renderValue(item2, depth + 1, levels - 1);
  }
  yield `
${"  ".repeat(depth)}]`;
}
function* renderOpenObject(value, depth, levels) {
  const members2 = [];
  for (const key of Object.keys(value)) {
    const member = applyToJson(value[key], key);
    if (!isOmitted(member)) members2.push([key, member]);
  }
  if (members2.length === 0) {
    yield "{}";
    return;
  }
  const indent2 = "  ".repeat(depth + 1);
  for (let i = 0; i < members2.length; i++) {
    const [key, member] = members2[i];
    yield `${i === 0 ? "{" : ","}
${indent2}${JSON.stringify(key)}: `;
    yield* renderValue(member, depth + 1, levels - 1);
  }
  yield `
${"  ".repeat(depth)}}`;
}
function* renderArray(items, depth) {
  if (items.length === 0) {
    yield "[]";
    return;
  }
  const close = `
${"  ".repeat(depth)}]`;
  for (let i = 0; i < items.length; i += ITEMS_PER_PIECE) {
    const json = stringifyAt(items.slice(i, i + ITEMS_PER_PIECE), depth);
    yield `${i === 0 ? "[" : ","}${json.slice(1, json.length - close.length)}`;
  }
  yield close;
}
function stringifyAt(value, depth) {
  let wrapped = value;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  const json = JSON.stringify(wrapped, null, 2);
  return json.slice(depth * (depth + 3), json.length - depth * (depth + 1));
}
function hasToJson(value) {
  return typeof value.toJSON === "function";
}
function isObjectWithToJson(value) {
  return typeof value === "object" && value !== null && hasToJson(value);
}
function applyToJson(value, key) {
  return isObjectWithToJson(value) ? value.toJSON(key) : value;
}
function isBoxed(value) {
  return value instanceof Number || value instanceof String || value instanceof Boolean || value instanceof BigInt;
}
function isOmitted(value) {
  return value === void 0 || typeof value === "function" || typeof value === "symbol";
}

// src/report/render-json.ts
function toJsonChecks(report3) {
  return (report3.checks ?? []).map((c) => ({
    rule: c.rule,
    status: c.status,
    reason: c.reason
  }));
}
function toJsonProject(p) {
  return {
    path: p.path,
    workspace: p.workspace,
    requiresPython: p.requiresPython,
    files: p.files.map((f) => ({ path: f.path, kind: f.kind })),
    requirements: p.requirements.map((r) => ({
      name: r.name,
      specifier: r.specifier,
      extras: r.extras,
      marker: r.marker,
      url: r.url,
      editable: r.editable,
      hashes: r.hashes,
      group: r.group,
      file: r.file,
      line: r.line
    })),
    locked: p.locked.map((l) => ({
      name: l.name,
      version: l.version,
      source: l.source,
      marker: l.marker,
      file: l.file,
      line: l.line
    }))
  };
}
function toJsonFinding(f) {
  return {
    rule: f.rule,
    severity: f.severity,
    project: f.project,
    package: f.package,
    file: f.file,
    line: f.line,
    message: f.message,
    ...f.counterexample !== void 0 ? { counterexample: f.counterexample } : {},
    ...f.suggestion !== void 0 ? { suggestion: f.suggestion } : {},
    ...f.also !== void 0 && f.also.length > 0 ? { also: f.also } : {}
  };
}
function* renderJsonChunks(report3) {
  const head = JSON.stringify(
    {
      schemaVersion: report3.schemaVersion,
      tool: { name: report3.tool.name, version: report3.tool.version },
      root: report3.root,
      ...report3.scope === void 0 ? {} : { scope: report3.scope },
      policy: {
        source: report3.policy.source,
        file: report3.policy.file,
        presets: report3.policy.presets,
        description: report3.policy.description
      }
    },
    null,
    2
  );
  yield `${head.slice(0, -2)},
  "projects": `;
  yield* renderProjects(report3.projects);
  yield ',\n  "findings": ';
  yield* renderArray(report3.findings.map(toJsonFinding), 1);
  if (report3.checks !== void 0)
    yield `,
  "checks": ${stringifyAt(toJsonChecks(report3), 1)}`;
  yield `,
  "summary": ${stringifyAt({ ...report3.summary }, 1)}
}
`;
}
function* renderProjects(projects) {
  if (projects.length === 0) {
    yield "[]";
    return;
  }
  for (let i = 0; i < projects.length; i++) {
    yield i === 0 ? "[\n    " : ",\n    ";
    yield* renderProject(projects[i]);
  }
  yield "\n  ]";
}
function* renderProject(project) {
  const { requirements, locked, ...head } = toJsonProject(project);
  const text3 = stringifyAt(head, 2);
  yield `${text3.slice(0, -"\n    }".length)},
      "requirements": `;
  yield* renderArray(requirements, 3);
  yield ',\n      "locked": ';
  yield* renderArray(locked, 3);
  yield "\n    }";
}

// src/github/write-report-file.ts
import { open as open3, rm as rm3 } from "node:fs/promises";

// src/report/masked-segments.ts
var SEGMENT_CHARS = 1 << 16;
function* maskedSegments(pieces, secrets) {
  const whole = secrets.some((secret) => secret.includes("\n"));
  let pending = "";
  for (const piece of pieces) {
    pending += piece;
    if (whole || pending.length < SEGMENT_CHARS) continue;
    const cut = pending.lastIndexOf("\n") + 1;
    if (cut === 0) continue;
    yield maskSecrets(pending.slice(0, cut), secrets);
    pending = pending.slice(cut);
  }
  if (pending.length > 0) yield maskSecrets(pending, secrets);
}

// src/github/write-report-file.ts
async function writeReportFile(path, pieces, secrets) {
  const handle = await open3(path, "w");
  let written = false;
  try {
    for (const segment of maskedSegments(pieces, secrets))
      await handle.write(segment);
    written = true;
  } finally {
    await handle.close();
    if (!written) await rm3(path, { force: true });
  }
}

// src/github/action-outputs.ts
async function setAuditOutputs(run, outcome) {
  const { report: report3, comparison, upgrades } = outcome;
  const reportPath = join(run.workDir, "pin-audit-report.json");
  await writeReportFile(reportPath, renderJsonChunks(report3), run.secrets);
  setOutput("errors", report3.summary.errors);
  setOutput("warnings", report3.summary.warnings);
  setOutput("new-findings", comparison.newCount);
  setOutput("report", reportPath);
  setOutput("upgrades", run.mask(JSON.stringify(upgrades)));
}

// src/github/action-run.ts
import { mkdtemp as mkdtemp2 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";

// src/report/escape.ts
var ZWSP = "&#8203;";
var MARKUP = /* @__PURE__ */ new Set([
  "\\",
  "`",
  "*",
  "_",
  "{",
  "}",
  "[",
  "]",
  "(",
  ")",
  "<",
  ">",
  "!",
  "|",
  "~",
  "&",
  "$"
]);
function escapeMarkdown(text3) {
  let out = "";
  for (const c of oneLine(text3)) {
    if (MARKUP.has(c)) out += `\\${c}`;
    else if (c === "@" || c === "#") out += `${c}${ZWSP}`;
    else out += c;
  }
  return breakAutolinks(out);
}
function breakAutolinks(text3) {
  return text3.replace(/:\/\//g, `:${ZWSP}//`).replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
}
function escapeMarkdownWithCode(text3) {
  const parts = oneLine(text3).split("`");
  if (parts.length % 2 === 0) return escapeMarkdown(text3);
  return parts.map((part, i) => i % 2 === 1 ? codeSpan(part) : escapeMarkdown(part)).join("");
}
function codeSpan(text3) {
  const value = oneLine(text3).replace(/\|/g, "\\|");
  const longestRun = Math.max(
    0,
    ...(value.match(/`+/g) ?? []).map((run) => run.length)
  );
  const fence = "`".repeat(longestRun + 1);
  const pad = value.startsWith("`") || value.endsWith("`") || value === "" ? " " : "";
  return `${fence}${pad}${value}${pad}${fence}`;
}
function oneLine(text3) {
  const clean = stripControls(text3);
  if (!clean.includes("\n") && !clean.includes("\r")) return clean;
  let out = "";
  let i = 0;
  while (i < clean.length) {
    const c = clean[i];
    if (!/\s/.test(c)) {
      out += c;
      i++;
      continue;
    }
    let j = i;
    let hasBreak = false;
    while (j < clean.length && /\s/.test(clean[j])) {
      if (clean[j] === "\n" || clean[j] === "\r") hasBreak = true;
      j++;
    }
    out += hasBreak ? " " : clean.slice(i, j);
    i = j;
  }
  return out;
}
function stripControls(text3) {
  let out = "";
  for (const c of text3) {
    const code = c.codePointAt(0);
    out += isControl(code) ? `\\u${code.toString(16).padStart(4, "0")}` : c;
  }
  return out;
}
function isControl(code) {
  if (code === 9 || code === 10 || code === 13) return false;
  return code < 32 || code >= 127 && code <= 159 || code >= 8234 && code <= 8238 || code >= 8294 && code <= 8297;
}
function escapeHtml(text3) {
  let out = "";
  for (const c of oneLine(text3))
    out += HTML_ENTITIES[c] ?? (c === "@" || c === "#" ? `${c}${ZWSP}` : c);
  return breakAutolinks(out);
}
var HTML_ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};

// src/github/event-context.ts
import { readFileSync } from "node:fs";

// src/errors.ts
var ConfigurationError = class extends Error {
  constructor(message, file = null, line = null) {
    super(message);
    this.file = file;
    this.line = line;
  }
  file;
  line;
  name = "ConfigurationError";
};
function describeConfigurationError(error3) {
  if (error3.file === null) return error3.message;
  const where = `${error3.file}${error3.line ? `:${error3.line}` : ""}`;
  return error3.message.startsWith(error3.file) ? error3.message : `${where}: ${error3.message}`;
}

// src/github/event-context.ts
var CHANGE_EVENTS = /* @__PURE__ */ new Set([
  "pull_request",
  "pull_request_target",
  "merge_group",
  "push"
]);
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set([
  "pull_request",
  "pull_request_target"
]);
var ZERO_SHA = /^0+$/;
function readEventContext(env) {
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const serverUrl = (env.GITHUB_SERVER_URL || "https://github.com").replace(
    /\/+$/,
    ""
  );
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const pr = readPullRequest(payload);
  let baseSha = null;
  let headSha = null;
  if (PULL_REQUEST_EVENTS.has(eventName) && pr) {
    baseSha = pr.baseSha;
    headSha = pr.headSha;
  } else if (eventName === "merge_group") {
    baseSha = stringAt(payload, ["merge_group", "base_sha"]);
    headSha = stringAt(payload, ["merge_group", "head_sha"]);
  } else if (eventName === "push") {
    const before = stringAt(payload, ["before"]);
    baseSha = before && !ZERO_SHA.test(before) ? before : null;
    headSha = stringAt(payload, ["after"]) ?? env.GITHUB_SHA ?? null;
  }
  return {
    eventName,
    owner,
    repo,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    serverUrl,
    apiUrl: (env.GITHUB_API_URL || "https://api.github.com").replace(
      /\/+$/,
      ""
    ),
    runUrl: env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : null,
    tempDir: env.RUNNER_TEMP || void 0,
    pullRequest: PULL_REQUEST_EVENTS.has(eventName) ? pr : null,
    baseSha,
    headSha
  };
}
function readPayload(path) {
  if (!path) return {};
  let text3;
  try {
    text3 = readFileSync(path, "utf8");
  } catch (error3) {
    throw new ConfigurationError(
      `cannot read the event payload GITHUB_EVENT_PATH=${path}: ${error3.message}`
    );
  }
  try {
    return JSON.parse(text3);
  } catch (error3) {
    throw new ConfigurationError(
      `the event payload ${path} is not JSON: ${error3.message}`
    );
  }
}
function readPullRequest(payload) {
  const number3 = valueAt(payload, ["pull_request", "number"]);
  const baseSha = stringAt(payload, ["pull_request", "base", "sha"]);
  const headSha = stringAt(payload, ["pull_request", "head", "sha"]);
  if (typeof number3 !== "number" || !Number.isSafeInteger(number3) || number3 < 1)
    return null;
  if (!baseSha || !headSha) return null;
  return { number: number3, baseSha, headSha };
}
function valueAt(value, path) {
  let current = value;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return void 0;
    current = current[key];
  }
  return current;
}
function stringAt(value, path) {
  const found = valueAt(value, path);
  return typeof found === "string" && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(found) ? found : null;
}

// src/github/inputs.ts
import { posix } from "node:path";

// node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a2;
    (_a2 = iss).path ?? (_a2.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a2;
  for (let i = start; i < issues.length; i++) {
    (_a2 = issues[i]).schema ?? (_a2.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a2;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a2 = iss).schema ?? (_a2.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count2 = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count2--;
      i++;
    }
  }
  return count2;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t;
}
function issue2(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name2, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name2)) {
      return;
    }
    inst._zod.traits.add(name2);
    initializer2(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name2 });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name2);
    }
  });
  Object.defineProperty(_, "name", { value: name2 });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
var $ZodEncodeError = class extends Error {
  constructor(name2) {
    super(`Encountered unidirectional transform during encode: ${name2}`);
    this.name = "ZodEncodeError";
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});

// node_modules/zod/v4/core/parse.js
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parse = /* @__PURE__ */ _parse($ZodRealError);
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error3;
  return {
    success: false,
    get error() {
      if (!error3) {
        error3 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error3;
    },
    set error(e) {
      error3 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);

// node_modules/zod/v4/core/regexes.js
var duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
var httpProtocol = /^https?$/;
var dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
function anchor(source) {
  return new RegExp(`^${source}$`);
}
var date = /* @__PURE__ */ anchor(dateSource);
function timeSource(args) {
  const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
  const regex = typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
  return regex;
}
function time(args) {
  return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
  const opts = ["Z"];
  if (args.offset)
    opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
  const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
  const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
  return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var anyString = /^[\s\S]{0,}$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a2;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a2 = inst._zod).onattach ?? (_a2.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_big",
      maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  def.format = def.format || "float64";
  const isInt = def.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input = payload.value;
    if (isInt) {
      if (!Number.isInteger(input)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: false,
          input,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input)) {
        if (input > 0) {
          payload.issues.push({
            input,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        } else {
          payload.issues.push({
            input,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        }
        return;
      }
    }
    if (input < minimum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input > maximum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a2;
  $ZodCheck.init(inst, def);
  (_a2 = inst._zod.def).when ?? (_a2.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
    if (length <= def.maximum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a2;
  $ZodCheck.init(inst, def);
  (_a2 = inst._zod.def).when ?? (_a2.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a2, _b;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a2 = inst._zod).check ?? (_a2.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a2;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a2 = inst._zod).deferred ?? (_a2.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  $ZodString.init(inst, def);
});
var URL_BAD_FORMAT = 1;
var URL_UNPARSEABLE = 2;
function canParseURL(input) {
  try {
    if (typeof URL !== "undefined" && typeof URL.canParse === "function")
      return URL.canParse(input);
    new URL(input);
    return true;
  } catch {
    return false;
  }
}
function validateURL(trimmed, def) {
  if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
    return canParseURL(trimmed) || URL_UNPARSEABLE;
  }
  return parseURLObject(trimmed, def);
}
function parseURLObject(trimmed, def) {
  if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
    return URL_BAD_FORMAT;
  }
  try {
    if (typeof URL !== "undefined") {
      const URLStatic = URL;
      if (typeof URLStatic.parse === "function")
        return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
    }
    return new URL(trimmed);
  } catch {
    return URL_UNPARSEABLE;
  }
}
var asciiTabOrNewline = /[\t\n\r]/g;
function stripTabAndNewline(value) {
  return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url2, hostname) {
  hostname.lastIndex = 0;
  return hostname.test(url2.hostname);
}
function urlProtocolOk(url2, protocol) {
  protocol.lastIndex = 0;
  return protocol.test(url2.protocol.endsWith(":") ? url2.protocol.slice(0, -1) : url2.protocol);
}
var $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    try {
      const trimmed = payload.value.trim();
      const url2 = validateURL(trimmed, def);
      if (url2 === URL_BAD_FORMAT) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid URL format",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url2 === URL_UNPARSEABLE) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url2 === true) {
        payload.value = stripTabAndNewline(trimmed);
        return;
      }
      if (def.hostname && !urlHostnameOk(url2, def.hostname)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid hostname",
          pattern: def.hostname.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      if (def.protocol && !urlProtocolOk(url2, def.protocol)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid protocol",
          pattern: def.protocol.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      payload.value = def.normalize ? url2.href : stripTabAndNewline(trimmed);
      return;
    } catch (_) {
      payload.issues.push({
        code: "invalid_format",
        format: "url",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
  def.pattern ?? (def.pattern = datetime(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
  def.pattern ?? (def.pattern = date);
  $ZodStringFormat.init(inst, def);
});
var $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
  def.pattern ?? (def.pattern = time(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
  def.pattern ?? (def.pattern = duration);
  $ZodStringFormat.init(inst, def);
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodDate = /* @__PURE__ */ $constructor("$ZodDate", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce) {
      try {
        payload.value = new Date(payload.value);
      } catch (_err) {
      }
    }
    const input = payload.value;
    const isDate = input instanceof Date;
    const isValidDate = isDate && !Number.isNaN(input.getTime());
    if (isValidDate)
      return payload;
    payload.issues.push({
      expected: "date",
      code: "invalid_type",
      input,
      ...isDate ? { received: "Invalid Date" } : {},
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse4 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse4(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item2 = input[i];
      const result = def.element._zod.run({
        value: item2,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet2 = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet2.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
var $ZodTuple = /* @__PURE__ */ $constructor("$ZodTuple", (inst, def) => {
  $ZodType.init(inst, def);
  const items = def.items;
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        input,
        inst,
        expected: "tuple",
        code: "invalid_type"
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, [], ctx) : [];
    const proms = [];
    const optinStart = getTupleOptStart(items, "optin");
    const optoutStart = getTupleOptStart(items, "optout");
    if (!def.rest) {
      if (input.length < optinStart) {
        payload.issues.push({
          code: "too_small",
          minimum: optinStart,
          inclusive: true,
          input,
          inst,
          origin: "array"
        });
        return payload;
      }
      if (input.length > items.length) {
        payload.issues.push({
          code: "too_big",
          maximum: items.length,
          inclusive: true,
          input,
          inst,
          origin: "array"
        });
      }
    }
    const itemResults = new Array(items.length);
    const abortEarly = def.rest ? ctx?.abortEarly : void 0;
    let itemAborted = false;
    for (let i = 0; i < items.length; i++) {
      const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((rr) => {
          itemResults[i] = rr;
        }));
      } else {
        itemResults[i] = r;
        if (abortEarly && !itemAborted && r.issues.length)
          itemAborted = aborted(r);
      }
    }
    if (def.rest && !itemAborted) {
      let i = items.length - 1;
      const rest = input.slice(items.length);
      let seen = payload.issues.length;
      for (const el of rest) {
        if (abortEarly && payload.issues.length !== seen) {
          if (aborted(payload, seen))
            break;
          seen = payload.issues.length;
        }
        i++;
        const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((r) => handleTupleResult(r, payload, i)));
        } else {
          handleTupleResult(result, payload, i);
        }
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
    }
    return handleTupleResults(itemResults, payload, items, input, optoutStart);
  };
});
function getTupleOptStart(items, key) {
  for (let i = items.length - 1; i >= 0; i--) {
    const omittable = key === "optin" ? items[i]._zod.optin !== void 0 : items[i]._zod.optout === "optional";
    if (!omittable)
      return i + 1;
  }
  return 0;
}
function handleTupleResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
  for (let i = 0; i < items.length; i++) {
    const r = itemResults[i];
    const isPresent = i < input.length;
    if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
      final.value.length = i;
      break;
    }
    if (r.issues.length) {
      if (!isPresent && i >= optoutStart) {
        final.value.length = i;
        break;
      }
      final.issues.push(...prefixIssues(i, r.issues));
    }
    final.value[i] = r.value;
  }
  for (let i = final.value.length - 1; i >= input.length; i--) {
    if (items[i]._zod.optout === "optional" && final.value[i] === void 0) {
      final.value.length = i;
    } else {
      break;
    }
  }
  return final;
}
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isPlainObject(input)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
          recordKeys.add(typeof key === "number" ? key.toString() : key);
          if (key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }));
          } else {
            if (result.issues.length) {
              payload.issues.push(...prefixIssues(key, result.issues));
            }
            payload.value[outKey] = result.value;
          }
        }
      }
      let unrecognized;
      for (const key in input) {
        if (!recordKeys.has(key)) {
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input)) {
        if (key === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def.mode === "loose") {
            payload.value[key] = input[key];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }));
        } else {
          if (result.issues.length) {
            payload.issues.push(...prefixIssues(key, result.issues));
          }
          payload.value[outKey] = result.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
  $ZodType.init(inst, def);
  const values = new Set(def.values);
  inst._zod.values = values;
  defineLazyInternal(inst, "pattern", (zod) => {
    const vals = zod.def.values;
    return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (values.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values: def.values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "optional";
  globalConfig.memoizer?.guard(inst);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    const _out = def.transform(payload.value, payload);
    if (ctx.async) {
      const output = _out instanceof Promise ? _out : Promise.resolve(_out);
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    if (_out instanceof Promise) {
      throw new $ZodAsyncError();
    }
    payload.value = _out;
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
      return payload;
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleDefaultResult(result2, def));
    }
    return handleDefaultResult(result, def);
  };
});
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
var $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def.in, ctx));
      }
      return handlePipeResult(right, def.in, ctx);
    }
    const left = def.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def.out, ctx));
    }
    return handlePipeResult(left, def.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def);
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input = payload.value;
    const r = def.fn(input);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input, inst));
    }
    handleRefineResult(r, payload, input, inst);
    return;
  };
});
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue2(_iss));
  }
}

// node_modules/zod/v4/locales/en.js
var error2 = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type, input) {
    if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
      return String(input);
    }
    return TypeDictionary[type] ?? type;
  }
  return (issue3) => {
    switch (issue3.code) {
      case "invalid_type": {
        const expected = getTypeName(issue3.expected);
        const receivedType = parsedType(issue3.input);
        const received = getTypeName(receivedType, issue3.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue3.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue3.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue3.values, "|")}`;
      case "too_big": {
        const adj = issue3.exact ? "exactly " : issue3.inclusive ? "<=" : "<";
        const sizing = getSizing(issue3.origin);
        if (sizing)
          return `Too big: expected ${issue3.origin ?? "value"} to have ${adj}${issue3.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue3.origin ?? "value"} to be ${adj}${issue3.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue3.exact ? "exactly " : issue3.inclusive ? ">=" : ">";
        const sizing = getSizing(issue3.origin);
        if (sizing) {
          return `Too small: expected ${issue3.origin} to have ${adj}${issue3.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue3.origin} to be ${adj}${issue3.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue3;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue3.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue3.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue3.keys.length > 1 ? "s" : ""}: ${joinValues(issue3.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue3.origin}`;
      case "invalid_union":
        if (issue3.options && Array.isArray(issue3.options) && issue3.options.length > 0) {
          const opts = issue3.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue3.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue3.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error2()
  };
}

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
  return new Class({
    type: "string",
    format: "url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
  return new Class({
    type: "string",
    format: "datetime",
    check: "string_format",
    offset: false,
    local: false,
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
  return new Class({
    type: "string",
    format: "date",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
  return new Class({
    type: "string",
    format: "time",
    check: "string_format",
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
  return new Class({
    type: "string",
    format: "duration",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
  return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
  return new Class({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
  return new Class({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
  return new Class({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
  return new Class({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _date(Class, params) {
  return new Class({
    type: "date",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _positive(params) {
  return /* @__PURE__ */ _gt(0, params);
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
  const schema = new Class({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue3) => {
      if (typeof issue3 === "string") {
        payload.issues.push(issue2(issue3, payload.value, ch._zod.def));
      } else {
        const _issue = issue3;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue2(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  ch._zod.check = fn;
  return ch;
}

// node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
  if (!inst._zod)
    throw new Error("Uninitialized schema in ZodMiniType.");
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
}, {
  // `with` is an alias for `check`: the same function object, not a wrapper.
  get with() {
    return this.check;
  },
  set with(value) {
    own(this, "with", value);
  },
  parse(data, params) {
    return parse(this, data, params, { callee: this.parse });
  },
  parseAsync(data, params) {
    return parseAsync(this, data, params, { callee: this.parseAsync });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  check(...checks) {
    const def = this.def;
    return this.clone({
      ...def,
      checks: [
        ...def.checks ?? [],
        ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }, { parent: true });
  },
  clone(_def, params) {
    return clone(this, _def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
});
var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
  $ZodString.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
var ZodMiniStringFormat = /* @__PURE__ */ $constructor("ZodMiniStringFormat", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  ZodMiniString.init(inst, def);
});
var ZodMiniURL = /* @__PURE__ */ $constructor("ZodMiniURL", (inst, def) => {
  $ZodURL.init(inst, def);
  ZodMiniStringFormat.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function url(params) {
  return _url(ZodMiniURL, params);
}
var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
  $ZodNumber.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
var ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodMiniNumber.init(inst, def);
});
function int(params) {
  return _int(ZodMiniNumberFormat, params);
}
var ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function boolean2(params) {
  return _boolean(ZodMiniBoolean, params);
}
var ZodMiniUnknown = /* @__PURE__ */ $constructor("ZodMiniUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function unknown() {
  return _unknown(ZodMiniUnknown);
}
var ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
var ZodMiniDate = /* @__PURE__ */ $constructor("ZodMiniDate", (inst, def) => {
  $ZodDate.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function date2(params) {
  return _date(ZodMiniDate, params);
}
var ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
  $ZodArray.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def);
  ZodMiniType.init(inst, def);
  installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...normalizeParams(params)
  };
  return new ZodMiniObject(def);
}
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
var ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function union(options, params) {
  return new ZodMiniUnion({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
var ZodMiniTuple = /* @__PURE__ */ $constructor("ZodMiniTuple", (inst, def) => {
  $ZodTuple.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function tuple(items, _paramsOrRest, _params) {
  const hasRest = _paramsOrRest instanceof $ZodType;
  const params = hasRest ? _params : _paramsOrRest;
  const rest = hasRest ? _paramsOrRest : null;
  return new ZodMiniTuple({
    type: "tuple",
    items,
    rest,
    ...normalizeParams(params)
  });
}
var ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
  $ZodRecord.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodMiniRecord({
      type: "record",
      keyType: /* @__PURE__ */ string2(),
      valueType: keyType,
      ...normalizeParams(valueType)
    });
  }
  return new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
var ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodMiniType.init(inst, def);
  inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
var ZodMiniLiteral = /* @__PURE__ */ $constructor("ZodMiniLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
  return new ZodMiniLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...normalizeParams(params)
  });
}
var ZodMiniTransform = /* @__PURE__ */ $constructor("ZodMiniTransform", (inst, def) => {
  $ZodTransform.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function transform(fn) {
  return new ZodMiniTransform({
    type: "transform",
    transform: fn
  });
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
var ZodMiniNullable = /* @__PURE__ */ $constructor("ZodMiniNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function nullable(innerType) {
  return new ZodMiniNullable({
    type: "nullable",
    innerType
  });
}
var ZodMiniDefault = /* @__PURE__ */ $constructor("ZodMiniDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function _default(innerType, defaultValue) {
  return new ZodMiniDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
    }
  });
}
var ZodMiniPrefault = /* @__PURE__ */ $constructor("ZodMiniPrefault", (inst, def) => {
  $ZodPrefault.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function prefault(innerType, defaultValue) {
  return new ZodMiniPrefault({
    type: "prefault",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
    }
  });
}
var ZodMiniPipe = /* @__PURE__ */ $constructor("ZodMiniPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function pipe(in_, out) {
  return new ZodMiniPipe({
    type: "pipe",
    in: in_,
    out
  });
}
var ZodMiniCustom = /* @__PURE__ */ $constructor("ZodMiniCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
  return _refine(ZodMiniCustom, fn, _params);
}
// @__NO_SIDE_EFFECTS__
function superRefine(fn, params) {
  return _superRefine(fn, params);
}

// node_modules/zod/v4/mini/iso.js
var iso_exports = {};
__export(iso_exports, {
  ZodMiniISODate: () => ZodMiniISODate,
  ZodMiniISODateTime: () => ZodMiniISODateTime,
  ZodMiniISODuration: () => ZodMiniISODuration,
  ZodMiniISOTime: () => ZodMiniISOTime,
  date: () => date3,
  datetime: () => datetime2,
  duration: () => duration2,
  time: () => time2
});
var ZodMiniISODateTime = /* @__PURE__ */ $constructor("ZodMiniISODateTime", (inst, def) => {
  $ZodISODateTime.init(inst, def);
  ZodMiniStringFormat.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function datetime2(params) {
  return _isoDateTime(ZodMiniISODateTime, params);
}
var ZodMiniISODate = /* @__PURE__ */ $constructor("ZodMiniISODate", (inst, def) => {
  $ZodISODate.init(inst, def);
  ZodMiniStringFormat.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function date3(params) {
  return _isoDate(ZodMiniISODate, params);
}
var ZodMiniISOTime = /* @__PURE__ */ $constructor("ZodMiniISOTime", (inst, def) => {
  $ZodISOTime.init(inst, def);
  ZodMiniStringFormat.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function time2(params) {
  return _isoTime(ZodMiniISOTime, params);
}
var ZodMiniISODuration = /* @__PURE__ */ $constructor("ZodMiniISODuration", (inst, def) => {
  $ZodISODuration.init(inst, def);
  ZodMiniStringFormat.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function duration2(params) {
  return _isoDuration(ZodMiniISODuration, params);
}

// src/policy/zod-config.ts
config({ ...en_default(), jitless: true });

// src/github/inputs.ts
var COMMENT_MODES = ["always", "on-change", "on-failure", "never"];
var FAIL_ON = ["error", "warning", "never"];
var BLOCK_MODES = ["new", "all"];
var MODES = ["audit", "drift"];
var ROLLOUT_PR = ["canary", "off"];
var DRIFT_EVENTS = /* @__PURE__ */ new Set(["schedule", "workflow_dispatch"]);
var COMMENT_KEY = /^[A-Za-z0-9][A-Za-z0-9._/+=:-]{0,99}$/;
var optionalText = pipe(
  string2(),
  transform((value) => {
    const trimmed = value.trim();
    return trimmed === "" ? void 0 : trimmed;
  })
);
function choice(values, fallback) {
  return pipe(
    optionalText,
    pipe(
      optional(
        _enum(values, {
          error: (issue3) => `must be one of ${values.join(", ")}; got "${String(issue3.input)}"`
        })
      ),
      transform((value) => value ?? fallback)
    )
  );
}
var booleanWord = optional(
  _enum(["true", "True", "TRUE", "false", "False", "FALSE"], {
    error: (issue3) => `must be true or false; got "${String(issue3.input)}"`
  })
);
function booleanText(fallback) {
  return pipe(
    optionalText,
    pipe(
      booleanWord,
      transform(
        (value) => value === void 0 ? fallback : value.toLowerCase() === "true"
      )
    )
  );
}
var CONCURRENCY_MESSAGE = "must be a whole number from 1 to 256";
var inputSchema = object({
  token: pipe(
    string2(),
    transform((value) => value.trim())
  ),
  // The audited directory stays inside the workspace: an absolute path or one climbing out with `..` would audit
  // (and report on) files the workflow never checked out.
  path: pipe(
    pipe(
      optionalText,
      transform(
        (value) => (
          // POSIX, no leading "./" or trailing "/": it prefixes annotation paths and git paths.
          (value ?? ".").replace(/\\/g, "/").replace(/\/+$/, "").replace(/^(\.\/)+/, "") || "."
        )
      )
    ).check(
      refine((value) => !/^(\/|[A-Za-z]:)/.test(value), {
        message: "must be relative to the workspace, not an absolute path"
      })
    ),
    transform(
      (value) => posix.normalize(value).replace(/\/+$/, "")
    )
  ).check(
    refine((value) => value !== ".." && !value.startsWith("../"), {
      message: "must stay inside the workspace (no leading ..)"
    })
  ),
  policy: optionalText,
  // No default here on purpose: base on pull-request events, head otherwise (resolvePolicyFrom).
  "policy-from": choice(["base", "head"], void 0),
  comment: choice(COMMENT_MODES, "on-change"),
  "fail-on": choice(FAIL_ON, "error"),
  // No default here on purpose: it depends on the event (new on pull-request events, all otherwise), see
  // resolveBlockMode.
  block: choice(BLOCK_MODES, void 0),
  "comment-key": pipe(
    optionalText,
    pipe(
      optional(
        string2().check(
          _regex(
            COMMENT_KEY,
            "must be letters, digits and . _ / + = : - (at most 100, starting with a letter or digit)"
          )
        )
      ),
      transform((value) => value ?? "default")
    )
  ),
  "base-ref": optionalText,
  "head-ref": optionalText,
  "index-url": pipe(
    optionalText,
    optional(
      url({
        protocol: /^https?$/,
        error: "must be an http(s) URL"
      })
    )
  ),
  /** Empty: the policy's `index-concurrency` (its schema holds the default). */
  "index-concurrency": pipe(
    optionalText,
    optional(
      pipe(
        pipe(
          string2().check(_regex(/^\d+$/, CONCURRENCY_MESSAGE)),
          transform(Number)
        ),
        number2().check(
          _gte(1, CONCURRENCY_MESSAGE),
          _lte(256, CONCURRENCY_MESSAGE)
        )
      )
    )
  ),
  offline: booleanText(false),
  // No default here on purpose: it depends on the event (drift on schedule and workflow_dispatch), see resolveMode.
  mode: choice(MODES, void 0),
  "drift-title": pipe(
    optionalText,
    pipe(
      optional(
        string2().check(
          _maxLength(256, "must be at most 256 characters"),
          _regex(/^[^\r\n]*$/, "must be one line")
        )
      ),
      transform(
        (value) => value ?? "pin-audit: dependency drift"
      )
    )
  ),
  // Comma- or newline-separated, as other actions take lists.
  "drift-labels": pipe(
    pipe(
      optionalText,
      transform(
        (value) => (value ?? "").split(/[,\n]/).map((label) => label.trim()).filter((label) => label !== "")
      )
    ),
    array(
      string2().check(_maxLength(50, "must be labels of at most 50 characters each"))
    )
  ),
  "drift-close-when-clean": booleanText(false),
  // Drift mode: open a pull request moving the canary wave of the rollout plan (src/github/run-rollout-pr.ts).
  "rollout-pr": choice(ROLLOUT_PR, "off"),
  sarif: optionalText,
  suggestions: booleanText(true)
});
var INPUT_NAMES = Object.keys(inputSchema.shape);
function loadInputs(getInput2 = (name2) => getInput(name2)) {
  const raw = {};
  for (const name2 of INPUT_NAMES) raw[name2] = getInput2(name2);
  const parsed = inputSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue3) => `input "${String(issue3.path[0])}" ${issue3.message}`
    );
    throw new ConfigurationError(problems.join("\n"));
  }
  const v = parsed.data;
  return {
    token: v.token,
    path: v.path,
    policy: v.policy,
    policyFrom: v["policy-from"],
    comment: v.comment,
    failOn: v["fail-on"],
    block: v.block,
    commentKey: v["comment-key"],
    baseRef: v["base-ref"],
    headRef: v["head-ref"],
    indexUrl: v["index-url"],
    indexConcurrency: v["index-concurrency"],
    offline: v.offline,
    mode: v.mode,
    driftTitle: v["drift-title"],
    driftLabels: v["drift-labels"],
    driftCloseWhenClean: v["drift-close-when-clean"],
    rolloutPr: v["rollout-pr"],
    sarif: v.sarif,
    suggestions: v.suggestions
  };
}
function resolveBlockMode(block, isChangeEvent) {
  return block ?? (isChangeEvent ? "new" : "all");
}
function resolveMode(mode, eventName) {
  return mode ?? (DRIFT_EVENTS.has(eventName) ? "drift" : "audit");
}

// src/github/rest-client.ts
var RETRIES = 3;
var REQUEST_TIMEOUT_MS = 3e4;
function withTimeout(fetchFn, timeoutMs) {
  return (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return fetchFn(input, { ...init, signal });
  };
}
async function createOctokit(options) {
  const [{ GitHub, defaults, getOctokitOptions }, { retry }, { throttling }] = await Promise.all([
    import("./action-RTX6EZGP.mjs"),
    import("./action-JOFR65K3.mjs"),
    import("./action-UKCPWXME.mjs")
  ]);
  const maxWait = options.maxRetryAfterSeconds ?? 120;
  const retryBaseMs = options.retryBaseMs ?? 1e3;
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  const baseFetch = defaults.request?.fetch ?? fetch;
  const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
    const retrying = retryCount < 2 && retryAfter <= maxWait;
    options.log(
      `GitHub API ${kind} rate limit on ${request.method ?? ""} ${request.url ?? ""}: ${retrying ? `retrying after ${retryAfter} s` : "giving up"}`
    );
    return retrying;
  };
  const Client = GitHub.plugin(retry, throttling);
  const client = new Client(
    getOctokitOptions(options.token, {
      baseUrl: options.baseUrl,
      request: {
        ...defaults.request,
        fetch: withTimeout(baseFetch, timeoutMs)
      },
      retry: { retries: RETRIES, retryAfterBaseValue: retryBaseMs },
      throttle: {
        retryAfterBaseValue: retryBaseMs,
        onRateLimit: onLimit("primary"),
        onSecondaryRateLimit: onLimit("secondary")
      },
      // Octokit logs request failures with console.warn/error; the action reports them itself.
      log: {
        debug: () => {
        },
        info: () => {
        },
        warn: () => {
        },
        error: () => {
        }
      }
    })
  );
  return client;
}
function listTokenForms(token) {
  const base64 = (text3) => Buffer.from(text3).toString("base64");
  return [token, base64(token), base64(`x-access-token:${token}`)];
}
function errorStatus(error3) {
  if (typeof error3 === "object" && error3 !== null && "status" in error3) {
    const status = error3.status;
    if (typeof status === "number") return status;
  }
  return null;
}
function failedRequest(error3) {
  if (typeof error3 !== "object" || error3 === null || !("request" in error3))
    return null;
  const request = error3.request;
  if (typeof request?.method !== "string" || typeof request.url !== "string")
    return null;
  let path = request.url;
  try {
    path = new URL(request.url).pathname;
  } catch {
  }
  return `${request.method} ${path}`;
}
function describeApiError(error3) {
  const status = errorStatus(error3);
  const message = error3 instanceof Error ? error3.message : typeof error3 === "string" ? error3 : "unknown error";
  const first = message.split("\n")[0] ?? "";
  const answered = typeof error3 === "object" && error3 !== null && error3.response !== void 0;
  const cause = error3?.cause;
  const timedOut = cause instanceof Error && cause.name === "TimeoutError" || error3 instanceof Error && error3.name === "TimeoutError";
  const what = status === null ? first : timedOut ? "no answer in time (request timeout)" : answered || !(error3 instanceof Error && "request" in error3) ? `HTTP ${status}: ${first}` : `no answer (${first})`;
  const request = failedRequest(error3);
  return `${request ? `${request}: ` : ""}${what}`.slice(0, 500);
}
function isRateLimited(error3) {
  return error3 instanceof Error && /rate limit/i.test(error3.message);
}
function isPermissionRefusal(error3) {
  const status = errorStatus(error3);
  return (status === 403 || status === 401) && !isRateLimited(error3);
}

// src/github/action-run.ts
async function startRun(deps, onMask) {
  const env = deps.env ?? process.env;
  const inputs = loadInputs();
  const secrets = [
    ...inputs.token ? listTokenForms(inputs.token) : [],
    ...listIndexSecrets({ indexUrl: inputs.indexUrl, env })
  ];
  for (const secret of secrets) setSecret(secret);
  const mask = (text3) => maskSecrets(text3, secrets);
  onMask(mask);
  const ctx = readEventContext(env);
  const block = resolveBlockMode(
    inputs.block,
    CHANGE_EVENTS.has(ctx.eventName) || inputs.baseRef !== void 0
  );
  const workDir = await mkdtemp2(join2(ctx.tempDir ?? tmpdir(), "pin-audit-"));
  return {
    env,
    inputs,
    ctx,
    mode: resolveMode(inputs.mode, ctx.eventName),
    block,
    mask,
    secrets,
    warn: (text3) => warning(mask(stripControls(text3))),
    workDir,
    getClient: clientFactory(deps, env, inputs, ctx, mask)
  };
}
function clientFactory(deps, env, inputs, ctx, mask) {
  const timings = readNetworkTimings(env);
  let clientPromise = null;
  return () => {
    if (!inputs.token)
      return Promise.reject(new Error("no token (input `token` is empty)"));
    clientPromise ??= (deps.createClient ?? ((token, baseUrl) => createOctokit({
      token,
      baseUrl,
      log: (message) => info(mask(message)),
      ...timings.requestTimeoutMs !== null ? { timeoutMs: timings.requestTimeoutMs } : {},
      retryBaseMs: timings.retryBaseMs
    })))(inputs.token, ctx.apiUrl);
    return clientPromise;
  };
}

// src/github/audit-options.ts
import { stat as stat3 } from "node:fs/promises";
import { resolve as resolve2 } from "node:path";

// src/model/append.ts
function append(target, items) {
  for (const item2 of items) target.push(item2);
  return target;
}
function maxOf(values, empty = -Infinity) {
  let max = empty;
  for (const value of values) if (value > max) max = value;
  return max;
}

// src/pep440/version-intervals.ts
var MIN_VERSION = makeVersion({
  epoch: 0n,
  release: [0n],
  pre: null,
  post: null,
  dev: 0n,
  local: null
});
function at(version3, inclusive) {
  return { key: versionKey(version3), inclusive, kind: "at", version: version3 };
}
function afterLocals(version3) {
  return {
    key: [...versionKey(version3, false), TOP],
    inclusive: false,
    kind: "after-locals",
    version: version3
  };
}
function afterPosts(version3) {
  const key = versionKey(version3, false);
  return {
    key: [...key.slice(0, key.length - 4), TOP],
    inclusive: false,
    kind: "after-posts",
    version: version3
  };
}
var LOWEST = at(MIN_VERSION, true);
var FULL = [{ lo: LOWEST, hi: null }];
function compareLower(a, b) {
  const c = compareKeys(a.key, b.key);
  if (c !== 0) return c;
  return a.inclusive === b.inclusive ? 0 : a.inclusive ? -1 : 1;
}
function compareUpper(a, b) {
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  const c = compareKeys(a.key, b.key);
  if (c !== 0) return c;
  return a.inclusive === b.inclusive ? 0 : a.inclusive ? 1 : -1;
}
function effectiveLower(lo) {
  const v = lo.version;
  if (lo.kind === "after-locals") {
    if (v.dev !== null)
      return at(replaceVersion(v, { dev: v.dev + 1n, local: null }), true);
    if (v.post !== null) {
      return at(
        replaceVersion(v, { post: v.post + 1n, dev: 0n, local: null }),
        true
      );
    }
    return at(replaceVersion(v, { post: 0n, dev: 0n, local: null }), true);
  }
  if (lo.kind === "after-posts" && v.pre !== null) {
    const pre = { label: v.pre.label, number: v.pre.number + 1n };
    return at(
      replaceVersion(v, { pre, post: null, dev: 0n, local: null }),
      true
    );
  }
  return lo;
}
function intervalIsEmpty(lo, hi) {
  if (hi === null) return false;
  const eff = effectiveLower(lo);
  const c = compareKeys(eff.key, hi.key);
  if (c !== 0) return c > 0;
  return !(eff.inclusive && hi.inclusive && eff.kind === "at" && hi.kind === "at");
}
function intersectIntervals(left, right) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const a = left[i];
    const b = right[j];
    const lo = compareLower(a.lo, b.lo) >= 0 ? a.lo : b.lo;
    const hi = compareUpper(a.hi, b.hi) <= 0 ? a.hi : b.hi;
    if (!intervalIsEmpty(lo, hi)) out.push({ lo, hi });
    if (compareUpper(a.hi, b.hi) < 0) i++;
    else j++;
  }
  return out;
}
function complementIntervals(intervals) {
  const out = [];
  let lo = LOWEST;
  for (const iv of intervals) {
    if (lo !== null) {
      const hi = { ...iv.lo, inclusive: !iv.lo.inclusive };
      if (!intervalIsEmpty(lo, hi)) out.push({ lo, hi });
    }
    lo = iv.hi === null ? null : { ...iv.hi, inclusive: !iv.hi.inclusive };
  }
  if (lo !== null) out.push({ lo, hi: null });
  return out;
}
function inIntervals(intervals, v) {
  const key = versionKey(v);
  return intervals.some((iv) => {
    const lo = compareKeys(iv.lo.key, key);
    if (lo > 0 || lo === 0 && !iv.lo.inclusive) return false;
    if (iv.hi === null) return true;
    const hi = compareKeys(key, iv.hi.key);
    return hi < 0 || hi === 0 && iv.hi.inclusive;
  });
}

// src/pep440/readable-version.ts
function withRelease(v, release) {
  return makeVersion({
    epoch: v.epoch,
    release,
    pre: null,
    post: null,
    dev: null,
    local: null
  });
}
function candidatesNear(v) {
  const r = v.release;
  const out = [v, withRelease(v, [...r])];
  if (isPrerelease(v) || v.local !== null) {
    out.push(replaceVersion(v, { pre: null, dev: null, local: null }));
  }
  for (let i = r.length - 1; i >= 0; i--) {
    const bumped = [
      ...r.slice(0, i),
      (r[i] ?? 0n) + 1n,
      ...Array(r.length - 1 - i).fill(0n)
    ];
    out.push(withRelease(v, bumped));
    if ((r[i] ?? 0n) > 0n) {
      const lowered = [
        ...r.slice(0, i),
        (r[i] ?? 0n) - 1n,
        ...Array(r.length - 1 - i).fill(0n)
      ];
      out.push(withRelease(v, lowered));
    }
  }
  for (let k = 0; k <= Math.max(3, r.length); k++) {
    out.push(withRelease(v, [...r, ...Array(k).fill(0n), 1n]));
  }
  const base = withRelease(v, [...r]);
  out.push(
    replaceVersion(base, { post: 0n }),
    replaceVersion(base, { dev: 0n })
  );
  out.push(replaceVersion(base, { pre: { label: "a", number: 1n } }));
  out.push(replaceVersion(base, { pre: { label: "rc", number: 1n } }));
  out.push(
    replaceVersion(v, { post: (v.post ?? -1n) + 1n, dev: null, local: null })
  );
  out.push(
    replaceVersion(v, { post: (v.post ?? -1n) + 1n, dev: 0n, local: null })
  );
  if (v.dev !== null)
    out.push(replaceVersion(v, { dev: v.dev + 1n, local: null }));
  if (v.pre !== null) {
    const pre = { label: v.pre.label, number: v.pre.number + 1n };
    out.push(replaceVersion(v, { pre, post: null, dev: 0n, local: null }));
    out.push(replaceVersion(v, { pre, post: null, dev: null, local: null }));
  }
  const locals = v.local ?? [];
  for (const extra of ["0", "a", "0a", "00a", "000a"]) {
    const local = locals.length === 0 ? [extra] : [...locals, extra];
    out.push(replaceVersion(v, { local }));
  }
  return out;
}
function naturalness(v) {
  return (v.local !== null ? 8 : 0) + (v.dev !== null ? 4 : 0) + (v.pre !== null ? 2 : 0) + (v.post !== null ? 1 : 0);
}
function pickVersion(intervals, accept) {
  let best = null;
  for (const iv of intervals) {
    const refs = [iv.lo.version, effectiveLower(iv.lo).version];
    if (iv.hi) refs.push(iv.hi.version);
    if (iv.lo === LOWEST) refs.push(withRelease(MIN_VERSION, [0n]));
    const refLength = maxOf(refs.map((r) => r.release.length));
    for (const ref of refs) {
      for (const c of candidatesNear(ref)) {
        if (!inIntervals([iv], c) || !accept(c.text)) continue;
        const score = naturalness(c) * 4 + (c.release.length === refLength ? 0 : 1);
        if (best === null || score < best.score || score === best.score && compareKeys(versionKey(c), versionKey(best.v)) < 0) {
          best = { v: c, score };
        }
      }
    }
  }
  return best?.v.text ?? null;
}

// src/pep440/set-algebra.ts
function toSet(s) {
  return "set" in s ? s.set : s;
}
function contains(s, version3, options) {
  const set = toSet(s);
  const raw = typeof version3 === "string" ? version3 : version3.text;
  const v = typeof version3 === "string" ? parseVersion(version3) : version3;
  if (set.arbitrary !== null && raw.toLowerCase() !== set.arbitrary)
    return false;
  if (v === null) return set.admitsNonVersions;
  if (options?.prereleases === false && isPrerelease(v)) return false;
  return inIntervals(set.intervals, v) && set.guards.every((g) => g.test(v));
}
function intersect(a, b) {
  const x = toSet(a);
  const y = toSet(b);
  const conflict = x.arbitrary !== null && y.arbitrary !== null && x.arbitrary !== y.arbitrary;
  return {
    intervals: conflict ? [] : intersectIntervals(x.intervals, y.intervals),
    arbitrary: conflict ? null : x.arbitrary ?? y.arbitrary,
    unconstrained: x.unconstrained && y.unconstrained,
    admitsNonVersions: !conflict && x.admitsNonVersions && y.admitsNonVersions,
    guards: [...x.guards, ...y.guards]
  };
}
function isEmpty(s) {
  const set = toSet(s);
  if (set.arbitrary !== null) {
    return !contains(set, set.arbitrary, { prereleases: true });
  }
  return set.intervals.length === 0 && !set.unconstrained;
}
function subset(a, b) {
  const x = toSet(a);
  const y = toSet(b);
  if (x.arbitrary !== null) {
    const only = x.arbitrary;
    if (!contains(x, only) || contains(y, only)) return { ok: true };
    return { ok: false, counterexample: only };
  }
  const outside = y.arbitrary !== null || y.intervals === FULL ? x.intervals : intersectIntervals(x.intervals, complementIntervals(y.intervals));
  if (outside.length === 0) return { ok: true };
  const found = pickVersion(outside, (c) => contains(x, c) && !contains(y, c));
  return found === null ? { ok: true } : { ok: false, counterexample: found };
}
function sampleMember(s) {
  const set = toSet(s);
  if (set.arbitrary !== null) return isEmpty(set) ? null : set.arbitrary;
  return pickVersion(set.intervals, (c) => contains(set, c));
}

// src/pep440/describe-set.ts
function hasUpperBound(s) {
  if (s.set.arbitrary !== null) return true;
  if (isEmpty(s)) return true;
  const last = s.set.intervals[s.set.intervals.length - 1];
  return last !== void 0 && last.hi !== null;
}
function isExactPin(s) {
  return s.clauses.some(
    (c) => c.operator === "===" || c.operator === "==" && !c.wildcard
  );
}

// src/pep440/clause-intervals.ts
function nextPrefixDev0(v, length = 0) {
  const release = [...v.release];
  release[release.length - 1] = (release[release.length - 1] ?? 0n) + 1n;
  while (release.length < length) release.push(0n);
  return makeVersion({
    epoch: v.epoch,
    release,
    pre: null,
    post: null,
    dev: 0n,
    local: null
  });
}
function baseDev0(v) {
  return makeVersion({
    epoch: v.epoch,
    release: v.release,
    pre: null,
    post: null,
    dev: 0n,
    local: null
  });
}
function wildcardIntervals(prefix, length = 0) {
  return [
    {
      lo: at(baseDev0(prefix), true),
      hi: at(nextPrefixDev0(prefix, length), false)
    }
  ];
}
function standardIntervals(op, versionText, v) {
  switch (op) {
    case ">=":
      return [{ lo: at(v, true), hi: null }];
    case "<=":
      return [{ lo: LOWEST, hi: afterLocals(v) }];
    case ">":
      if (v.dev !== null) {
        return [
          {
            lo: at(replaceVersion(v, { dev: v.dev + 1n, local: null }), true),
            hi: null
          }
        ];
      }
      if (v.post !== null) {
        const next = replaceVersion(v, {
          post: v.post + 1n,
          dev: 0n,
          local: null
        });
        return [{ lo: at(next, true), hi: null }];
      }
      return [{ lo: afterPosts(v), hi: null }];
    case "<": {
      const bound2 = isPrerelease(v) ? v : replaceVersion(v, { dev: 0n, local: null });
      if (compareKeys(versionKey(bound2), LOWEST.key) <= 0) return [];
      return [{ lo: LOWEST, hi: at(bound2, false) }];
    }
    case "==":
    case "!=": {
      const upper = versionText.includes("+") ? at(v, true) : afterLocals(v);
      const eq = [{ lo: at(v, true), hi: upper }];
      return op === "==" ? eq : complementIntervals(eq);
    }
    default:
      return [...FULL];
  }
}
var PREFIX_SPLIT = /^([0-9]+)((?:a|b|c|rc)[0-9]+)$/;
function splitVersionText(text3) {
  const bang = text3.lastIndexOf("!");
  const epoch = bang < 0 ? "" : text3.slice(0, bang);
  const rest = bang < 0 ? text3 : text3.slice(bang + 1);
  const out = [epoch || "0"];
  for (const item2 of rest.split(".")) {
    const m = PREFIX_SPLIT.exec(item2);
    if (m) out.push(m[1], m[2]);
    else out.push(item2);
  }
  return out;
}
function isNotSuffix(segment) {
  return !["dev", "a", "b", "rc", "post"].some((p) => segment.startsWith(p));
}
function numericPrefixLength(split) {
  let n = 0;
  for (const s of split) {
    if (!/^[0-9]+$/.test(s)) break;
    n++;
  }
  return n;
}
function prefixMatches(prefixSplit, v) {
  const split = splitVersionText(v.public);
  const numeric = numericPrefixLength(prefixSplit);
  const have = numericPrefixLength(split);
  const padded = have >= numeric ? split : [
    ...split.slice(0, have),
    ...Array(numeric - have).fill("0"),
    ...split.slice(have)
  ];
  if (padded.length < prefixSplit.length) return false;
  return prefixSplit.every((s, i) => padded[i] === s);
}
function compatibleClause(clause, v) {
  const split = splitVersionText(clause.version);
  const kept2 = [];
  for (const s of split) {
    if (!isNotSuffix(s)) break;
    kept2.push(s);
  }
  kept2.pop();
  const [epoch, ...rest] = kept2;
  const prefix = parseVersion(`${epoch}!${rest.join(".")}`);
  if (prefix === null) return { intervals: [], guard: null };
  const lower = [{ lo: at(v, true), hi: null }];
  const prefixSplit = splitVersionText(prefix.text);
  if (numericPrefixLength(prefixSplit) === prefixSplit.length) {
    return {
      intervals: intersectIntervals(
        lower,
        wildcardIntervals(prefix, v.release.length)
      ),
      guard: null
    };
  }
  const family = prefix.post === null ? {
    lo: at(replaceVersion(prefix, { dev: 0n }), true),
    hi: afterPosts(prefix)
  } : {
    lo: at(replaceVersion(prefix, { dev: 0n }), true),
    hi: afterLocals(prefix)
  };
  return {
    intervals: intersectIntervals(lower, [family]),
    guard: { clause: clause.text, test: (x) => prefixMatches(prefixSplit, x) }
  };
}
function compileClause(clause) {
  if (clause.operator === "===") return { intervals: [...FULL], guard: null };
  const base = clause.wildcard ? clause.version.slice(0, -2) : clause.version;
  const v = parseVersion(base);
  if (v === null) return { intervals: [], guard: null };
  if (clause.operator === "~=") return compatibleClause(clause, v);
  if (clause.wildcard) {
    const eq = wildcardIntervals(v);
    return {
      intervals: clause.operator === "==" ? eq : complementIntervals(eq),
      guard: null
    };
  }
  return {
    intervals: standardIntervals(clause.operator, clause.version, v),
    guard: null
  };
}

// src/pep440/parse-specifier-set.ts
var WS = `[${PY_WHITESPACE}]`;
var PRE = "(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?";
var POST = "(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?";
var DEV = "(?:[-_.]?dev[-_.]?[0-9]*)?";
var LOCAL = "(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?";
var SPECIFIER_REGEX = new RegExp(
  `^${WS}*(?:(?:===${WS}*[^${PY_WHITESPACE};)]*)|(?:(?:==|!=)${WS}*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*(?:\\.\\*|${PRE}${POST}${DEV}${LOCAL})?)|(?:~=${WS}*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)+${PRE}${POST}${DEV})|(?:(?:<=|>=|<|>)${WS}*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*${PRE}${POST}${DEV}))${WS}*$`,
  "i"
);
function explainInvalid(clause) {
  const m = /^(===|~=|==|!=|<=|>=|<|>)(.*)$/s.exec(clause);
  if (!m) {
    return `'${clause}' does not start with an operator (one of ==, !=, <=, >=, <, >, ~=, ===)`;
  }
  const op = m[1];
  const version3 = pyStrip(m[2] ?? "");
  if (version3 === "") return `'${clause}' has no version after '${op}'`;
  if (/[=<>!~]/.test(version3[0] ?? "")) {
    return `'${clause}' has an unknown operator`;
  }
  if (version3.includes("*")) {
    if (op !== "==" && op !== "!=") {
      return `'${clause}': a wildcard (.*) is only allowed with == and !=`;
    }
    if (!version3.endsWith(".*") || version3.indexOf("*") !== version3.length - 1) {
      return `'${clause}': a wildcard must be the last part, written '.*' after the release (e.g. ==1.2.*)`;
    }
    return `'${clause}': a wildcard can only follow a plain release number (no pre, post, dev or local part)`;
  }
  if (version3.includes("+") && op !== "==" && op !== "!=") {
    return `'${clause}': a local version (+...) is only allowed with == and !=`;
  }
  const parsed = parseVersion(version3);
  if (parsed === null)
    return `'${clause}': '${version3}' is not a valid PEP 440 version`;
  if (op === "~=") {
    if (parsed.release.length < 2) {
      return `'${clause}': ~= needs at least two release segments (e.g. ~=${version3}.0)`;
    }
    if (parsed.local !== null)
      return `'${clause}': ~= does not allow a local version`;
  }
  return `'${clause}' is not a valid specifier`;
}
function parseClause(raw) {
  if (!SPECIFIER_REGEX.test(raw)) return explainInvalid(pyStrip(raw));
  const spec = pyStrip(raw);
  const opLength = spec.startsWith("===") ? 3 : ["~=", "==", "!=", "<=", ">="].some((p) => spec.startsWith(p)) ? 2 : 1;
  const operator = spec.slice(0, opLength);
  const version3 = pyStrip(spec.slice(opLength));
  return {
    operator,
    version: version3,
    wildcard: operator !== "===" && version3.endsWith(".*"),
    text: `${operator}${version3}`
  };
}
var parsedSets = createBoundedCache(2e4);
function parseSpecifierSet(text3) {
  return parsedSets.get(text3, parseSpecifierSetUncached);
}
var MAX_DISTINCT_CLAUSES = 1024;
function parseSpecifierSetUncached(text3) {
  const clauses = [];
  const errors = [];
  const seen = /* @__PURE__ */ new Set();
  const kept2 = /* @__PURE__ */ new Set();
  for (let start = 0; start <= text3.length; ) {
    const comma = text3.indexOf(",", start);
    const end = comma === -1 ? text3.length : comma;
    const part = text3.slice(start, end);
    start = end + 1;
    if (seen.has(part)) continue;
    if (seen.size >= MAX_DISTINCT_CLAUSES)
      return {
        ok: false,
        error: `Invalid specifier: more than ${MAX_DISTINCT_CLAUSES} different clauses, more than pin-audit audits in one requirement`
      };
    seen.add(part);
    if (pyStrip(part) === "") continue;
    const clause = parseClause(part);
    if (typeof clause === "string") errors.push(clause);
    else if (!kept2.has(clause.text)) {
      kept2.add(clause.text);
      clauses.push(clause);
    }
  }
  if (errors.length > 0) {
    return { ok: false, error: `Invalid specifier ${errors.join("; ")}` };
  }
  return {
    ok: true,
    value: {
      text: clauses.map((c) => c.text).join(","),
      clauses,
      set: clausesToSet(clauses)
    }
  };
}
function clausesToSet(clauses) {
  let set = {
    intervals: FULL,
    arbitrary: null,
    unconstrained: clauses.length === 0,
    admitsNonVersions: true,
    guards: []
  };
  for (const clause of clauses) {
    const compiled = compileClause(clause);
    const one = {
      intervals: compiled.intervals,
      arbitrary: clause.operator === "===" ? clause.version.toLowerCase() : null,
      unconstrained: false,
      admitsNonVersions: clause.operator === "===",
      guards: compiled.guard ? [compiled.guard] : []
    };
    set = intersect(set, one);
  }
  return set;
}

// src/index/index-facts.ts
function projectReleaseKey(project, name2, version3) {
  return `${project}\0${name2}\0${version3}`;
}
function createEmptyIndexFacts() {
  return { online: false, indexByProject: /* @__PURE__ */ new Map(), releases: /* @__PURE__ */ new Map() };
}

// src/index/gather-index-facts.ts
async function gatherIndexFacts(projects, options) {
  const token = options.token || null;
  const indexByProject = /* @__PURE__ */ new Map();
  const releases = /* @__PURE__ */ new Map();
  if (options.offline) {
    for (const project of projects)
      indexByProject.set(
        project.path,
        redactUrl(chooseProjectIndex(project, options.indexUrl ?? null))
      );
    return {
      facts: { online: false, indexByProject, releases },
      secrets: token ? [token] : [],
      stats: null
    };
  }
  const { settleLookup: settleLookup2 } = await import("./action-ILFNFSNA.mjs");
  const session = await (options.session ?? startSession(options));
  const wanted = [];
  for (const project of projects) {
    const projectIndex = chooseProjectIndex(project, options.indexUrl ?? null);
    indexByProject.set(project.path, redactUrl(projectIndex));
    for (const w of listWantedReleases(
      project,
      projectIndex,
      options.indexUrl ?? null
    ))
      wanted.push({
        ...w,
        requirements: options.needsRequirements?.(project, w.name, w.version) ?? true
      });
  }
  const answers2 = await lookupAll(session, wanted, settleLookup2);
  wanted.forEach((w, i) => {
    const key = projectReleaseKey(w.project, w.name, w.version);
    const answer = answers2[i];
    if (answer === void 0 || releases.has(key)) return;
    const index = session.clientFor(w.index).url;
    releases.set(key, {
      index,
      lookup: answer.ok ? answer : { ok: false, error: redactUrl(answer.error) }
    });
  });
  return {
    facts: { online: true, indexByProject, releases },
    secrets: session.secrets(),
    stats: session.stats
  };
}
function startIndexSession(options, hasFiles = true) {
  const given = options.indexUrl;
  if (options.offline || !given || !hasFiles) return null;
  const started = startSession(options).then((session) => {
    session.prepare(given);
    return session;
  });
  started.catch(() => {
  });
  return started;
}
async function startSession(options) {
  const { createIndexSession: createIndexSession2 } = await import("./action-ILFNFSNA.mjs");
  return createIndexSession2({ ...options, token: options.token || null });
}
function lookupAll(session, wanted, settleLookup2) {
  const keyOf2 = (w, clientKey) => `${clientKey}\0${w.name}\0${w.version}`;
  const requirements = /* @__PURE__ */ new Set();
  for (const w of wanted) {
    const found = session.clientFor(w.index);
    if (found.ok && w.requirements) requirements.add(keyOf2(w, found.key));
  }
  const lookups = /* @__PURE__ */ new Map();
  return Promise.all(
    wanted.map((w) => {
      const found = session.clientFor(w.index);
      if (!found.ok) return Promise.resolve(found.lookup);
      const key = keyOf2(w, found.key);
      let pending = lookups.get(key);
      if (pending === void 0) {
        pending = settleLookup2(
          found.client.lookupRelease(w.name, w.version, {
            requirements: requirements.has(key)
          })
        );
        lookups.set(key, pending);
      }
      return pending;
    })
  );
}
function chooseProjectIndex(project, explicit) {
  if (explicit) return explicit;
  if (project.indexUrl) return project.indexUrl;
  const pip = project.pipOptions.find(
    (o) => o.name === "--index-url" && o.value !== null && o.value !== ""
  );
  return pip?.value ?? DEFAULT_INDEX_URL;
}
function listWantedReleases(project, projectIndex, explicit) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (name2, version3, index) => {
    const key = `${name2}\0${version3}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ project: project.path, name: name2, version: version3, index });
  };
  for (const entry of project.locked) {
    if (entry.version === null) continue;
    if (entry.source !== "registry" && entry.source !== "unknown") continue;
    const version3 = parseVersion(entry.version);
    if (version3 === null) continue;
    const recorded = entry.source === "registry" && entry.sourceUrl && /^https?:\/\//.test(entry.sourceUrl) ? entry.sourceUrl : null;
    add(entry.name, version3.text, explicit ?? recorded ?? projectIndex);
  }
  for (const requirement of project.requirements) {
    if (requirement.url !== null || requirement.group === "build") continue;
    const version3 = findPinnedVersion(requirement.specifier);
    if (version3 !== null) add(requirement.name, version3, projectIndex);
  }
  return out;
}
function findPinnedVersion(specifier) {
  if (specifier === "") return null;
  const parsed = parseSpecifierSet(specifier);
  if (!parsed.ok) return null;
  for (const clause of parsed.value.clauses) {
    if (clause.operator === "==" && !clause.wildcard || clause.operator === "===") {
      const version3 = parseVersion(clause.version);
      if (version3 !== null) return version3.text;
    }
  }
  return null;
}

// src/policy/load-policy.ts
import * as nodePath from "node:path";

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string3, ptr) {
  let lines = string3.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string3, line, column) {
  let lines = string3.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date4, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date4 === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date4.slice(11, 13) > 23) {
              date4 = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date4 += "Z";
            } else if ((c = date4.charCodeAt(date4.length - 1)) !== 90 && c !== 122) {
              offset = date4.slice(date4.length - 6);
            }
            if (unsafeDelim)
              date4 = date4.slice(0, 10) + "T" + date4.slice(11);
          } else if (fasttype === 4) {
            date4 = +date4.slice(0, 2) > 23 ? "" : `0000-01-01T${date4}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date4.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date4 = `0000-01-01T${date4}`;
          }
          hasTime = !!match[2];
          hasTime && date4[10] === " " && (date4 = date4.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date4 = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date4 += "Z";
          }
        } else {
          date4 = "";
        }
      }
    }
    super(date4);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date4 = new _TomlDate(jsDate);
    date4.#offset = offset;
    return date4;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date4 = new _TomlDate(jsDate);
    date4.#offset = null;
    return date4;
  }
  static wrapAsLocalDate(jsDate) {
    let date4 = new _TomlDate(jsDate);
    date4.#hasTime = false;
    date4.#offset = null;
    return date4;
  }
  static wrapAsLocalTime(jsDate) {
    let date4 = new _TomlDate(jsDate);
    date4.#hasDate = false;
    date4.#offset = null;
    return date4;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date4 = new TomlDate(str, type, unsafeDelim);
    if (!date4.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date4;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta2, type) {
  let t = table;
  let m = meta2;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse2(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta2 = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta2;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta2,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/parse/toml-scan/key-lines.ts
function appendSegment(prefix, segment) {
  if (typeof segment === "number") return `${prefix}${segment}`;
  return /[\u0000-\u001f]/.test(segment) ? `${prefix}${JSON.stringify(segment)}` : `${prefix}${segment}`;
}
var KeyLines = class {
  lines = /* @__PURE__ */ new Map();
  // Tables known only through a longer header or a dotted key: an explicit `[a]` header may replace them.
  implicit = /* @__PURE__ */ new Set();
  // Current index of each array of tables, keyed by its concrete path.
  arrayTables = /* @__PURE__ */ new Map();
  recordExplicit(key, line) {
    if (!this.lines.has(key) || this.implicit.has(key)) {
      this.lines.set(key, line);
      this.implicit.delete(key);
    }
  }
  recordImplicit(key, line) {
    if (!this.lines.has(key)) {
      this.lines.set(key, line);
      this.implicit.add(key);
    }
  }
  /** Records `base.keys` (intermediate dotted keys implicitly) unless on `sameAs`, the holder's line. */
  recordKey(base, keys, line, sameAs) {
    let full = base;
    for (let k = 0; k < keys.length; k++) {
      full = appendSegment(full, keys[k]);
      if (line === sameAs) continue;
      if (k < keys.length - 1) this.recordImplicit(full, line);
      else this.recordExplicit(full, line);
    }
    return full;
  }
  /** Resolves a header's keys to a concrete path: each array of tables on the way is its latest table. */
  resolveHeader(keys, line, isArrayTable) {
    let concrete = "";
    for (let k = 0; k < keys.length; k++) {
      concrete = appendSegment(concrete, keys[k]);
      const last = k === keys.length - 1;
      if (last && isArrayTable) {
        const next = (this.arrayTables.get(concrete) ?? -1) + 1;
        this.arrayTables.set(concrete, next);
        this.recordImplicit(concrete, line);
        concrete = `${concrete}${next}`;
        this.recordExplicit(concrete, line);
        return concrete;
      }
      const current = this.arrayTables.get(concrete);
      if (current !== void 0) concrete = `${concrete}${current}`;
      if (last) this.recordExplicit(concrete, line);
      else this.recordImplicit(concrete, line);
    }
    return concrete;
  }
};

// src/parse/toml-scan/cursor.ts
var TAB = 9;
var LF = 10;
var CR = 13;
var SPACE = 32;
var QUOTE = 34;
var HASH = 35;
var APOSTROPHE = 39;
var COMMA = 44;
var DASH = 45;
var DOT = 46;
var COLON = 58;
var OPEN_BRACKET = 91;
var BACKSLASH = 92;
var CLOSE_BRACKET = 93;
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
function isDigit2(c) {
  return c >= 48 && c <= 57;
}
function isBareKeyChar(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || isDigit2(c) || c === 95 || c === DASH;
}
var ScanStop = class extends Error {
};
var TOML_1_1 = "tomllib reads TOML 1.0, where";
var TomlCursor = class {
  constructor(s) {
    this.s = s;
    this.n = s.length;
    this.nextBreak = s.indexOf("\n");
  }
  s;
  /** The offset of the next character to read. */
  i = 0;
  n;
  /** The first construct tomllib would reject and smol-toml accepts. */
  violation = null;
  // Lines are counted lazily: positions are asked for in increasing order, so this stays linear. The next line
  // break is remembered, so that positions on one long line do not search the rest of it again each time.
  counted = 0;
  countedLine = 1;
  /** Offset of the first "\n" at or after `counted`; -1: none. */
  nextBreak;
  lineAt(pos) {
    if (pos < this.counted) {
      this.counted = 0;
      this.countedLine = 1;
      this.nextBreak = this.s.indexOf("\n");
    }
    let next = this.nextBreak;
    while (next !== -1 && next < pos) {
      this.countedLine++;
      next = this.s.indexOf("\n", next + 1);
    }
    this.counted = pos;
    this.nextBreak = next;
    return this.countedLine;
  }
  violate(pos, message) {
    if (this.violation === null)
      this.violation = { line: this.lineAt(pos), message };
  }
  skipBlanks() {
    for (; ; ) {
      const c = this.s.charCodeAt(this.i);
      if (c === SPACE || c === TAB) this.i++;
      else return;
    }
  }
  skipComment() {
    if (this.s.charCodeAt(this.i) !== HASH) return;
    while (this.i < this.n) {
      const c = this.s.charCodeAt(this.i);
      if (c === LF || c === CR) return;
      this.i++;
    }
  }
  skipBlanksNewlinesComments() {
    while (this.i < this.n) {
      const c = this.s.charCodeAt(this.i);
      if (c === SPACE || c === TAB || c === LF || c === CR) this.i++;
      else if (c === HASH) this.skipComment();
      else return;
    }
  }
  // TOML 1.0: an inline table is one line, without a trailing comma.
  skipInlineBlanks() {
    while (this.i < this.n) {
      const c = this.s.charCodeAt(this.i);
      if (c === SPACE || c === TAB) this.i++;
      else if (c === LF || c === CR || c === HASH) {
        this.violate(
          this.i,
          `${TOML_1_1} an inline table { ... } must stay on one line without comments`
        );
        if (c === HASH) this.skipComment();
        else this.i++;
      } else return;
    }
  }
  expect(text3) {
    if (!this.s.startsWith(text3, this.i))
      throw new ScanStop(`expected ${text3}`);
    this.i += text3.length;
  }
};

// src/parse/toml-scan/strings.ts
var SIMPLE_ESCAPES = {
  b: "\b",
  t: "	",
  n: "\n",
  f: "\f",
  r: "\r",
  '"': '"',
  "\\": "\\"
};
function readEscape(cur, multiline) {
  const { s } = cur;
  const c = s[cur.i + 1];
  if (c !== void 0 && c in SIMPLE_ESCAPES) {
    cur.i += 2;
    return SIMPLE_ESCAPES[c] ?? "";
  }
  if (c === "u" || c === "U") {
    const width = c === "u" ? 4 : 8;
    const code = Number.parseInt(s.slice(cur.i + 2, cur.i + 2 + width), 16);
    cur.i += 2 + width;
    return Number.isFinite(code) && code <= 1114111 ? String.fromCodePoint(code) : "";
  }
  if (c === "e" || c === "x") {
    cur.violate(
      cur.i,
      `${TOML_1_1} the escape \\${c} does not exist; use \\u${c === "e" ? "001B" : "00XX"}`
    );
    cur.i += c === "e" ? 2 : 4;
    return "";
  }
  if (multiline) {
    cur.i++;
    while (cur.i < cur.n && " 	\r\n".includes(s[cur.i] ?? "")) cur.i++;
    return "";
  }
  throw new ScanStop("unknown escape");
}
function skipBasicString(cur) {
  const { s } = cur;
  cur.i++;
  while (cur.i < cur.n) {
    const c = s.charCodeAt(cur.i);
    if (c === QUOTE) {
      cur.i++;
      return;
    }
    if (c === BACKSLASH) readEscape(cur, false);
    else if (c === LF) throw new ScanStop("unterminated string");
    else cur.i++;
  }
  throw new ScanStop("unterminated string");
}
function readBasicString(cur) {
  const { s } = cur;
  const start = cur.i + 1;
  skipBasicString(cur);
  const raw = s.slice(start, cur.i - 1);
  if (!raw.includes("\\")) return raw;
  cur.i = start;
  let out = "";
  for (; ; ) {
    const c = s[cur.i];
    if (c === '"') {
      cur.i++;
      return out;
    }
    if (c === "\\") out += readEscape(cur, false);
    else {
      out += c;
      cur.i++;
    }
  }
}
function readLiteralString(cur) {
  const end = cur.s.indexOf("'", cur.i + 1);
  if (end < 0) throw new ScanStop("unterminated string");
  const out = cur.s.slice(cur.i + 1, end);
  cur.i = end + 1;
  return out;
}
function skipMultilineString(cur, quote2) {
  const { s } = cur;
  cur.i += 3;
  const triple = quote2.repeat(3);
  while (cur.i < cur.n) {
    const c = s[cur.i];
    if (quote2 === '"' && c === "\\") {
      readEscape(cur, true);
      continue;
    }
    if (c === quote2 && s.startsWith(triple, cur.i)) {
      cur.i += 3;
      let extra = 0;
      while (extra < 2 && s[cur.i] === quote2) {
        cur.i++;
        extra++;
      }
      return;
    }
    cur.i++;
  }
  throw new ScanStop("unterminated multi-line string");
}
function readKey(cur) {
  const { s } = cur;
  const keys = [];
  for (; ; ) {
    cur.skipBlanks();
    const c = s.charCodeAt(cur.i);
    if (c === QUOTE) keys.push(readBasicString(cur));
    else if (c === APOSTROPHE) keys.push(readLiteralString(cur));
    else {
      const start = cur.i;
      while (cur.i < cur.n && isBareKeyChar(s.charCodeAt(cur.i))) cur.i++;
      if (cur.i === start) throw new ScanStop("expected a key");
      keys.push(s.slice(start, cur.i));
    }
    cur.skipBlanks();
    if (s.charCodeAt(cur.i) !== DOT) return keys;
    cur.i++;
  }
}

// src/parse/toml-scan/unread-values.ts
function unreadAt(unreadValues, arrayTable, keys) {
  if (arrayTable === null || keys.length !== 1) return null;
  for (const entry of unreadValues)
    if (entry.arrayTable === arrayTable && entry.key === keys[0]) return entry;
  return null;
}
function skipUnread(cur, value, unread) {
  if (value.shape === "lines")
    return cur.s.charCodeAt(cur.i) === OPEN_BRACKET && skipUnreadLines(cur, value.pattern, unread);
  if (cur.s.charCodeAt(cur.i) !== OPEN_BRACE) return false;
  value.pattern.lastIndex = cur.i;
  if (!value.pattern.test(cur.s)) return false;
  unread.push({
    start: cur.i,
    end: value.pattern.lastIndex,
    replacement: "{}"
  });
  cur.i = value.pattern.lastIndex;
  return true;
}
function skipUnreadLines(cur, element, unread) {
  const { s } = cur;
  let p = cur.i + 1;
  if (s.charCodeAt(p) === CR) p++;
  if (s.charCodeAt(p) !== LF) return false;
  p++;
  const start = p;
  let count2 = 0;
  while (s.charCodeAt(p) !== CLOSE_BRACKET) {
    element.lastIndex = p;
    if (!element.test(s)) return false;
    p = element.lastIndex;
    count2++;
  }
  unread.push({ start, end: p, replacement: "\n".repeat(count2) });
  cur.i = p + 1;
  return true;
}
function withoutRanges(text3, ranges) {
  if (ranges.length === 0) return text3;
  const parts = [];
  let last = 0;
  for (const range2 of ranges) {
    parts.push(text3.slice(last, range2.start), range2.replacement);
    last = range2.end;
  }
  parts.push(text3.slice(last));
  return parts.join("");
}

// src/parse/toml-scan/values.ts
var MAX_DEPTH = 1e3;
var TOO_DEEP = `arrays and inline tables nested more than ${MAX_DEPTH} levels deep`;
var ValueReader = class {
  constructor(cur, keyLines) {
    this.cur = cur;
    this.keyLines = keyLines;
  }
  cur;
  keyLines;
  /** Reads the value at `key`, which is located on `holderLine`, inside `depth` arrays and inline tables. */
  read(key, holderLine, depth) {
    const { cur } = this;
    const c = cur.s.charCodeAt(cur.i);
    if ((c === OPEN_BRACKET || c === OPEN_BRACE) && depth >= MAX_DEPTH) {
      cur.violate(cur.i, TOO_DEEP);
      throw new ScanStop(TOO_DEEP);
    }
    if (c === QUOTE || c === APOSTROPHE) {
      if (cur.s.charCodeAt(cur.i + 1) === c && cur.s.charCodeAt(cur.i + 2) === c)
        skipMultilineString(cur, c === QUOTE ? '"' : "'");
      else if (c === QUOTE) skipBasicString(cur);
      else readLiteralString(cur);
    } else if (c === OPEN_BRACKET) {
      this.readArray(key, holderLine, depth);
    } else if (c === OPEN_BRACE) {
      this.readInlineTable(key, holderLine, depth);
    } else readScalar(cur);
  }
  readArray(key, holderLine, depth) {
    const { cur } = this;
    cur.i++;
    for (let index = 0; ; index++) {
      cur.skipBlanksNewlinesComments();
      if (cur.s.charCodeAt(cur.i) === CLOSE_BRACKET) {
        cur.i++;
        return;
      }
      if (cur.i >= cur.n) throw new ScanStop("unterminated array");
      const element = `${key}${index}`;
      const line = cur.lineAt(cur.i);
      if (line !== holderLine) this.keyLines.recordExplicit(element, line);
      this.read(element, line, depth + 1);
      cur.skipBlanksNewlinesComments();
      const next = cur.s.charCodeAt(cur.i);
      if (next === COMMA) cur.i++;
      else if (next === CLOSE_BRACKET) {
        cur.i++;
        return;
      } else throw new ScanStop("expected , or ]");
    }
  }
  readInlineTable(key, holderLine, depth) {
    const { cur } = this;
    cur.i++;
    cur.skipInlineBlanks();
    if (cur.s.charCodeAt(cur.i) === CLOSE_BRACE) {
      cur.i++;
      return;
    }
    for (; ; ) {
      const line = cur.lineAt(cur.i);
      const keys = readKey(cur);
      cur.expect("=");
      cur.skipInlineBlanks();
      this.read(
        this.keyLines.recordKey(key, keys, line, holderLine),
        line,
        depth + 1
      );
      cur.skipInlineBlanks();
      const next = cur.s.charCodeAt(cur.i);
      if (next === COMMA) {
        cur.i++;
        cur.skipInlineBlanks();
        if (cur.s.charCodeAt(cur.i) === CLOSE_BRACE) {
          cur.violate(
            cur.i,
            `${TOML_1_1} an inline table { ... } cannot end with a comma`
          );
          cur.i++;
          return;
        }
      } else if (next === CLOSE_BRACE) {
        cur.i++;
        return;
      } else throw new ScanStop("expected , or }");
    }
  }
};
function readScalar(cur) {
  const { s } = cur;
  const start = cur.i;
  while (cur.i < cur.n) {
    const c = s.charCodeAt(cur.i);
    if (c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE || c === HASH || c === LF || c === CR)
      break;
    cur.i++;
  }
  if (cur.i === start) throw new ScanStop("expected a value");
  if (isDigit2(s.charCodeAt(start)) && (s.charCodeAt(start + 2) === COLON || s.charCodeAt(start + 4) === DASH))
    checkDateTime(cur, s.slice(start, cur.i).trim(), start);
}
function checkDateTime(cur, token, pos) {
  if (/^\d{2}:\d{2}(?!:\d)/.test(token)) {
    cur.violate(
      pos,
      `${TOML_1_1} a time needs seconds (write ${token.slice(0, 5)}:00)`
    );
    return;
  }
  const date4 = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(:\d{2})?)?/.exec(token);
  if (date4 === null) return;
  const [, year, month, day2, hour, , seconds] = date4;
  if (hour !== void 0 && seconds === void 0) {
    cur.violate(pos, `${TOML_1_1} a time needs seconds (in ${token})`);
    return;
  }
  const y = Number(year);
  const m = Number(month);
  const d = Number(day2);
  const leap = y % 4 === 0 && y % 100 !== 0 || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
  if (d < 1 || d > days)
    cur.violate(pos, `${token} is not a date: month ${m} has no day ${d}`);
}

// src/parse/toml-scan/scan-positions.ts
function scanPositions(text3, unreadValues, onUnreadKey) {
  const cur = new TomlCursor(text3);
  const keyLines = new KeyLines();
  const state = {
    cur,
    keyLines,
    values: new ValueReader(cur, keyLines),
    unreadValues,
    unread: [],
    table: "",
    arrayTable: null,
    onUnreadKey
  };
  try {
    while (cur.i < cur.n) {
      cur.skipBlanksNewlinesComments();
      if (cur.i >= cur.n) break;
      const line = cur.lineAt(cur.i);
      if (cur.s.charCodeAt(cur.i) === OPEN_BRACKET) readHeader(state, line);
      else readEntry(state, line);
      cur.skipBlanks();
      cur.skipComment();
    }
  } catch (error3) {
    if (!(error3 instanceof ScanStop)) throw error3;
  }
  return {
    lines: state.keyLines.lines,
    violation: cur.violation,
    unread: state.unread
  };
}
function readHeader(state, line) {
  const { cur } = state;
  const isArrayTable = cur.s.charCodeAt(cur.i + 1) === OPEN_BRACKET;
  cur.i += isArrayTable ? 2 : 1;
  const keys = readKey(cur);
  cur.expect(isArrayTable ? "]]" : "]");
  state.table = state.keyLines.resolveHeader(keys, line, isArrayTable);
  state.arrayTable = isArrayTable && keys.length === 1 ? keys[0] ?? null : null;
}
function readEntry(state, line) {
  const { cur } = state;
  const start = cur.i;
  const keys = readKey(cur);
  cur.expect("=");
  cur.skipBlanks();
  const key = state.keyLines.recordKey(state.table, keys, line, -1);
  const unreadValue = unreadAt(state.unreadValues, state.arrayTable, keys);
  if (unreadValue !== null) state.onUnreadKey?.(start);
  if (unreadValue === null || !skipUnread(cur, unreadValue, state.unread))
    state.values.read(key, line, 0);
}

// src/parse/toml.ts
function parseToml(text3, path, options = {}) {
  try {
    if (text3.charCodeAt(0) === 65279) {
      return invalid(
        1,
        "invalid TOML: the file starts with a byte order mark (U+FEFF); save it as UTF-8 without BOM"
      );
    }
    const scan = scanPositions(text3, options.unread ?? [], options.onUnreadKey);
    let value;
    try {
      value = parse2(withoutRanges(text3, scan.unread), {
        integersAsBigInt: "asNeeded",
        maxDepth: MAX_DEPTH
      });
    } catch (error3) {
      if (error3 instanceof TomlError) {
        return invalid(error3.line, `invalid TOML: ${describeTomlError(error3)}`);
      }
      return invalid(null, `invalid TOML in ${path}: ${String(error3)}`);
    }
    if (scan.violation !== null) {
      return invalid(
        scan.violation.line,
        `invalid TOML: ${scan.violation.message}`
      );
    }
    const lines = scan.lines;
    const lineOf2 = (keyPath) => {
      const prefixes = [];
      let key = "";
      for (const segment of keyPath) {
        key = appendSegment(key, segment);
        prefixes.push(key);
      }
      for (let k = prefixes.length - 1; k >= 0; k--) {
        const line = lines.get(prefixes[k]);
        if (line !== void 0) return line;
      }
      return void 0;
    };
    return { value: { value, lineOf: lineOf2 }, diagnostics: [] };
  } catch (error3) {
    return invalid(null, `could not read TOML: ${String(error3)}`);
  }
}
function invalid(line, message) {
  const diagnostic = { severity: "error", line, message };
  return { value: null, diagnostics: [diagnostic] };
}
function describeTomlError(error3) {
  const firstLine2 = error3.message.split("\n", 1)[0] ?? "";
  let what = firstLine2.replace(/^Invalid TOML document:\s*/, "");
  if (what.startsWith("document contains excessively nested structures"))
    what = TOO_DEEP;
  return `${what} (line ${error3.line}, column ${error3.column})`;
}

// src/policy/cooldown.ts
var MINUTE = 6e4;
var HOUR = 36e5;
var DAY = 864e5;
var UNIT_MS = {
  m: 6e4,
  h: 36e5,
  d: 864e5,
  w: 6048e5
};
function parseDuration(text3) {
  const trimmed = text3.trim();
  if (trimmed === "0") return 0;
  const match = /^(\d+(?:\.\d+)?)\s*([mhdw])$/.exec(trimmed);
  if (!match) return null;
  const unit = UNIT_MS[match[2] ?? ""];
  return unit === void 0 ? null : Number(match[1]) * unit;
}
function parseExcludeNewer(text3) {
  const trimmed = text3.trim();
  const at2 = /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? Date.parse(`${trimmed}T00:00:00Z`) : /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}/.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  return Number.isNaN(at2) ? null : new Date(at2);
}
function formatDuration(ms) {
  if (ms % DAY === 0 && ms >= DAY) return `${ms / DAY}d`;
  if (ms % HOUR === 0) return `${ms / HOUR}h`;
  return `${Math.round(ms / MINUTE)}m`;
}
function formatUtc(date4) {
  return `${date4.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

// src/policy/closest-name.ts
function findClosestName(word, candidates) {
  const lower = word.toLowerCase();
  const prefixed = candidates.filter(
    (c) => lower.length >= 3 && c.toLowerCase().startsWith(lower)
  );
  if (prefixed.length === 1) return prefixed[0] ?? null;
  let best = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = measureEditDistance(
      word.toLowerCase(),
      candidate.toLowerCase()
    );
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const budget = Math.max(2, Math.floor(word.length / 3));
  return bestDistance <= budget ? best : null;
}
function measureEditDistance(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = Array.from(
    { length: rows },
    (_, i) => Array.from({ length: cols }, (_2, j) => i === 0 ? j : j === 0 ? i : 0)
  );
  const at2 = (i, j) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i < rows; i++) {
    const row2 = d[i];
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        at2(i - 1, j) + 1,
        at2(i, j - 1) + 1,
        at2(i - 1, j - 1) + cost
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, at2(i - 2, j - 2) + 1);
      }
      row2[j] = value;
    }
  }
  return at2(a.length, b.length);
}

// src/policy/schema.ts
var import_picomatch = __toESM(require_picomatch2(), 1);

// src/parse/pep508/marker-grammar.ts
function parseMarker(tokenizer) {
  const expression = [parseMarkerAtom(tokenizer)];
  for (; ; ) {
    const op = tokenizer.take("BOOLOP");
    if (op === null) {
      break;
    }
    expression.push(op, parseMarkerAtom(tokenizer));
  }
  return expression;
}
function parseMarkerAtom(tokenizer) {
  tokenizer.consumeWs();
  let marker;
  const open4 = tokenizer.position;
  if (tokenizer.take("LEFT_PARENTHESIS") !== null) {
    tokenizer.consumeWs();
    marker = parseMarker(tokenizer);
    tokenizer.consumeWs();
    if (tokenizer.take("RIGHT_PARENTHESIS") === null) {
      tokenizer.fail(
        `expected ')' to close the marker group opened at column ${open4 + 1}`
      );
    }
  } else {
    marker = parseMarkerItem(tokenizer);
  }
  tokenizer.consumeWs();
  return marker;
}
function parseMarkerItem(tokenizer) {
  tokenizer.consumeWs();
  const left = parseMarkerVar(tokenizer);
  tokenizer.consumeWs();
  const op = parseMarkerOp(tokenizer);
  tokenizer.consumeWs();
  const right = parseMarkerVar(tokenizer);
  tokenizer.consumeWs();
  return { kind: "item", left, op, right };
}
function parseMarkerVar(tokenizer) {
  const variable = tokenizer.take("VARIABLE");
  if (variable !== null) {
    const name2 = variable.replace(".", "_");
    return {
      kind: "variable",
      value: name2 === "python_implementation" ? "platform_python_implementation" : name2
    };
  }
  const start = tokenizer.position;
  const quoted = tokenizer.take("QUOTED_STRING");
  if (quoted !== null) {
    const value = evaluatePythonString(quoted);
    if (value === null) {
      tokenizer.fail(`${quoted} is not a valid Python string literal`, start);
    }
    return { kind: "value", value };
  }
  if (/^[A-Za-z_.]/.test(tokenizer.source.slice(tokenizer.position))) {
    tokenizer.fail(
      "expected a marker variable (like python_version or sys_platform) or a quoted string"
    );
  }
  tokenizer.fail("expected a marker variable or a quoted string");
}
function parseMarkerOp(tokenizer) {
  if (tokenizer.take("IN") !== null) {
    return "in";
  }
  if (tokenizer.take("NOT") !== null) {
    tokenizer.expect("WS", "whitespace after 'not'");
    tokenizer.expect("IN", "'in' after 'not'");
    return "not in";
  }
  const op = tokenizer.take("OP");
  if (op !== null) {
    return op;
  }
  tokenizer.fail(
    "expected a marker operator (one of <=, <, !=, ==, >=, >, ~=, ===, in, not in)"
  );
}
function evaluatePythonString(literal3) {
  const body = literal3.slice(1, -1);
  if (body.includes("\0")) {
    return null;
  }
  let result = "";
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === "\n" || ch === "\r") {
      return null;
    }
    if (ch !== "\\") {
      result += ch;
      continue;
    }
    i++;
    if (i >= body.length) {
      return null;
    }
    const next = body[i];
    const simple = {
      "\\": "\\",
      "'": "'",
      '"': '"',
      a: "\x07",
      b: "\b",
      f: "\f",
      n: "\n",
      r: "\r",
      t: "	",
      v: "\v",
      "\n": ""
    };
    const mapped = simple[next];
    if (mapped !== void 0) {
      result += mapped;
      continue;
    }
    if (/[0-7]/.test(next)) {
      const digits = /^[0-7]{1,3}/.exec(body.slice(i))?.[0] ?? next;
      result += String.fromCodePoint(Number.parseInt(digits, 8));
      i += digits.length - 1;
      continue;
    }
    const hexLength = next === "x" ? 2 : next === "u" ? 4 : next === "U" ? 8 : 0;
    if (hexLength > 0) {
      const hex = body.slice(i + 1, i + 1 + hexLength);
      if (!new RegExp(`^[0-9a-fA-F]{${hexLength}}$`).test(hex)) {
        return null;
      }
      const code = Number.parseInt(hex, 16);
      if (code > 1114111) {
        return null;
      }
      result += String.fromCodePoint(code);
      i += hexLength;
      continue;
    }
    if (next === "N") {
      return null;
    }
    result += `\\${next}`;
  }
  return result;
}

// src/parse/pep508/normal-forms.ts
function formatSpecifier(specifier) {
  const kept2 = [];
  const seen = /* @__PURE__ */ new Set();
  let start = 0;
  while (start <= specifier.length) {
    let end = specifier.indexOf(",", start);
    if (end === -1) end = specifier.length;
    const clause = formatClause(specifier.slice(start, end));
    if (clause !== "" && !seen.has(clause)) {
      seen.add(clause);
      kept2.push(clause);
    }
    start = end + 1;
  }
  return kept2.join(",");
}
var OPERATOR = /^(===|~=|==|!=|<=|>=|<|>)/;
function formatClause(raw) {
  const clause = pyStrip(raw);
  const op = OPERATOR.exec(clause)?.[0] ?? "";
  return op === "" ? clause : op + pyStrip(clause.slice(op.length));
}
function normalizeExtraValues(markers) {
  return markers.map((atom) => {
    if (typeof atom === "string" || Array.isArray(atom)) {
      return atom;
    }
    let { left, right } = atom;
    if (left.kind === "variable" && left.value === "extra") {
      right = { kind: "value", value: normalizeName(right.value) };
    } else if (right.kind === "variable" && right.value === "extra") {
      left = { kind: "value", value: normalizeName(left.value) };
    }
    return { ...atom, left, right };
  });
}
function serializeVar(variable) {
  return variable.kind === "variable" ? variable.value : `"${variable.value}"`;
}
function formatMarker(marker, first = true) {
  if (typeof marker === "string") {
    return marker;
  }
  if (!Array.isArray(marker)) {
    return `${serializeVar(marker.left)} ${marker.op} ${serializeVar(marker.right)}`;
  }
  const only = marker[0];
  if (marker.length === 1 && only !== void 0 && typeof only !== "string") {
    return formatMarker(only);
  }
  const inner = marker.map((item2) => formatMarker(item2, false)).join(" ");
  return first ? inner : `(${inner})`;
}

// src/parse/pep508/tokenizer.ts
var Pep508SyntaxError = class extends Error {
};
var PRE2 = "(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?";
var POST2 = "(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?";
var DEV2 = "(?:[-_.]?dev[-_.]?[0-9]*)?";
var SPECIFIER_ALTERNATIVES = [
  new RegExp(`===[${PY_WHITESPACE}]*[^${PY_WHITESPACE};)]*`, "y"),
  new RegExp(
    `(?:==|!=)[${PY_WHITESPACE}]*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*(?:\\.\\*|${PRE2}${POST2}${DEV2}(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?)?`,
    "iy"
  ),
  // Not ASCII-only in packaging (no `(?a:)` here), so Unicode case folding applies.
  new RegExp(
    `~=[${PY_WHITESPACE}]*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)+${PRE2}${POST2}${DEV2}`,
    "iuy"
  ),
  new RegExp(
    `(?:<=|>=|<|>)[${PY_WHITESPACE}]*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*${PRE2}${POST2}${DEV2}`,
    "iy"
  )
];
function specifierAlternativesAt(source, position) {
  switch (source.charCodeAt(position)) {
    case 61:
      return SPECIFIERS_AFTER_EQUALS;
    case 33:
      return SPECIFIERS_AFTER_BANG;
    case 126:
      return SPECIFIERS_AFTER_TILDE;
    case 60:
    // <
    case 62:
      return SPECIFIERS_AFTER_ANGLE;
    default:
      return [];
  }
}
var [ARBITRARY, EQUALITY, COMPATIBLE, ORDERED] = SPECIFIER_ALTERNATIVES;
var SPECIFIERS_AFTER_EQUALS = [ARBITRARY, EQUALITY];
var SPECIFIERS_AFTER_BANG = [EQUALITY];
var SPECIFIERS_AFTER_TILDE = [COMPATIBLE];
var SPECIFIERS_AFTER_ANGLE = [ORDERED];
var VARIABLE_ALTERNATIVES = [
  /python_version/y,
  /python_full_version/y,
  /os[._]name/y,
  /sys[._]platform/y,
  /platform_(?:release|system)/y,
  /platform[._](?:version|machine|python_implementation)/y,
  /python_implementation/y,
  /implementation_(?:name|version)/y,
  /extras/y,
  /extra/y,
  /dependency_groups/y
];
var SIMPLE_RULES = {
  LEFT_PARENTHESIS: /\(/y,
  RIGHT_PARENTHESIS: /\)/y,
  LEFT_BRACKET: /\[/y,
  RIGHT_BRACKET: /\]/y,
  SEMICOLON: /;/y,
  COMMA: /,/y,
  QUOTED_STRING: /'[^']*'|"[^"]*"/y,
  OP: /===|==|~=|!=|<=|>=|<|>/y,
  AT: /@/y,
  URL: /[^ \t]+/y,
  VERSION_PREFIX_TRAIL: /\.\*/y,
  VERSION_LOCAL_LABEL_TRAIL: /\+[a-z0-9]+(?:[-_.][a-z0-9]+)*/y,
  WS: /[ \t]+/y
};
var WORD_CHAR = /[\p{L}\p{N}_]/u;
function isWordAt(source, index) {
  if (index < 0 || index >= source.length) {
    return false;
  }
  const code = source.codePointAt(index) ?? 0;
  if (code >= 56320 && code <= 57343 && index > 0) {
    const previous = source.codePointAt(index - 1) ?? 0;
    if (previous > 65535) {
      return WORD_CHAR.test(String.fromCodePoint(previous));
    }
  }
  return WORD_CHAR.test(String.fromCodePoint(code));
}
function isBoundary(source, index) {
  return isWordAt(source, index - 1) !== isWordAt(source, index);
}
function matchSticky(regex, source, position) {
  regex.lastIndex = position;
  return regex.test(source) ? source.slice(position, regex.lastIndex) : null;
}
function matchWord(alternatives, source, position) {
  if (!isBoundary(source, position)) {
    return null;
  }
  for (const regex of alternatives) {
    const text3 = matchSticky(regex, source, position);
    if (text3 !== null && isBoundary(source, position + text3.length)) {
      return text3;
    }
  }
  return null;
}
function matchIdentifier(source, position) {
  if (!isBoundary(source, position)) {
    return null;
  }
  const text3 = matchSticky(/[a-zA-Z0-9][a-zA-Z0-9._-]*/y, source, position);
  if (text3 === null) {
    return null;
  }
  for (let length = text3.length; length >= 1; length--) {
    if (isBoundary(source, position + length)) {
      return text3.slice(0, length);
    }
  }
  return null;
}
function matchToken(name2, source, position) {
  switch (name2) {
    case "BOOLOP":
      return matchWord([/or/y, /and/y], source, position);
    case "IN":
      return matchWord([/in/y], source, position);
    case "NOT":
      return matchWord([/not/y], source, position);
    case "VARIABLE":
      return matchWord(VARIABLE_ALTERNATIVES, source, position);
    case "IDENTIFIER":
      return matchIdentifier(source, position);
    case "SPECIFIER":
      for (const regex of specifierAlternativesAt(source, position)) {
        const text3 = matchSticky(regex, source, position);
        if (text3 !== null) {
          return text3;
        }
      }
      return null;
    default:
      return matchSticky(SIMPLE_RULES[name2], source, position);
  }
}
var Tokenizer = class {
  constructor(source) {
    this.source = source;
  }
  source;
  position = 0;
  /** Reads the token if it is next; returns its text or null. */
  take(name2) {
    const text3 = matchToken(name2, this.source, this.position);
    if (text3 !== null) {
      this.position += text3.length;
    }
    return text3;
  }
  peek(name2) {
    return matchToken(name2, this.source, this.position) !== null;
  }
  consumeWs() {
    this.take("WS");
  }
  // Python's `$`: the end, or just before a final newline.
  atEnd() {
    const rest = this.source.length - this.position;
    return rest === 0 || rest === 1 && this.source[this.position] === "\n";
  }
  expect(name2, expected) {
    const text3 = this.take(name2);
    if (text3 === null) {
      this.fail(`expected ${expected}`);
    }
    return text3;
  }
  expectEnd(expected) {
    if (!this.atEnd()) {
      this.fail(`expected ${expected}`);
    }
  }
  fail(message, at2 = this.position) {
    const where = at2 >= this.source.length ? "at the end" : `at column ${at2 + 1}`;
    throw new Pep508SyntaxError(`${message} in '${this.source}' (${where})`);
  }
};

// src/parse/pep508/requirement-grammar.ts
function parseRequirement(tokenizer) {
  tokenizer.consumeWs();
  const rawName = tokenizer.take("IDENTIFIER");
  if (rawName === null) {
    tokenizer.fail("expected a package name at the start of the requirement");
  }
  tokenizer.consumeWs();
  const extras = parseExtras(tokenizer);
  tokenizer.consumeWs();
  const { url: url2, specifier, marker } = parseRequirementDetails(tokenizer);
  tokenizer.expectEnd("the end of the requirement");
  const formattedSpecifier = formatSpecifier(specifier);
  const specifierSet2 = parseSpecifierSet(formattedSpecifier);
  if (!specifierSet2.ok) {
    throw new Pep508SyntaxError(
      `${specifierSet2.error} in '${tokenizer.source}'`
    );
  }
  const normalizedExtras = [];
  for (const extra of extras) {
    const normalized = normalizeName(extra);
    if (!normalizedExtras.includes(normalized)) {
      normalizedExtras.push(normalized);
    }
  }
  return {
    name: normalizeName(rawName),
    rawName,
    specifier: formattedSpecifier,
    extras: normalizedExtras,
    marker: marker === null ? null : formatMarker(normalizeExtraValues(marker)),
    url: url2 === "" ? null : url2
  };
}
function parseRequirementDetails(tokenizer) {
  if (tokenizer.take("AT") !== null) {
    tokenizer.consumeWs();
    const urlStart = tokenizer.position;
    const url2 = tokenizer.expect("URL", "a URL after '@'");
    if (tokenizer.atEnd()) {
      return { url: url2, specifier: "", marker: null };
    }
    tokenizer.expect("WS", "whitespace after the URL");
    if (tokenizer.atEnd()) {
      return { url: url2, specifier: "", marker: null };
    }
    if (!tokenizer.peek("SEMICOLON")) {
      if (url2.includes(";")) {
        tokenizer.fail(
          "a ';' after a URL needs whitespace before it (PEP 508): write 'URL ; marker'",
          urlStart
        );
      }
      tokenizer.fail(
        "expected ';' and an environment marker after the URL, or the end of the requirement (a URL ends at the first whitespace)"
      );
    }
    return { url: url2, specifier: "", marker: parseRequirementMarker(tokenizer) };
  }
  const specifier = parseSpecifier(tokenizer);
  tokenizer.consumeWs();
  if (tokenizer.atEnd()) {
    return { url: "", specifier, marker: null };
  }
  if (!tokenizer.peek("SEMICOLON")) {
    failAfterSpecifier(tokenizer, specifier);
  }
  return { url: "", specifier, marker: parseRequirementMarker(tokenizer) };
}
function failAfterSpecifier(tokenizer, specifier) {
  const clause = matchToken("SPECIFIER", tokenizer.source, tokenizer.position);
  if (clause !== null && specifier !== "") {
    tokenizer.fail(
      `expected ',' between version clauses before '${clause.trim()}'`
    );
  }
  const op = matchSticky(SIMPLE_RULES.OP, tokenizer.source, tokenizer.position);
  if (op !== null) {
    const after = tokenizer.source.slice(tokenizer.position + op.length).replace(/^[ \t]+/, "");
    const version3 = /^[^,;)\s]*/.exec(after)?.[0] ?? "";
    if (version3 === "") {
      tokenizer.fail(`expected a version after '${op}'`);
    }
    if (op === "~=" && /^v?(?:[0-9]+!)?[0-9]+(?![.0-9])/i.test(version3)) {
      tokenizer.fail(
        `'~=' needs a version with at least two parts (like '~=1.0'), not '${version3}'`
      );
    }
    tokenizer.fail(`'${version3}' is not a valid PEP 440 version for '${op}'`);
  }
  if (/^[=!<>~]/.test(tokenizer.source.slice(tokenizer.position))) {
    tokenizer.fail(
      "expected a version operator (one of ==, !=, <=, >=, <, >, ~=, ===)"
    );
  }
  if (specifier === "") {
    if (tokenizer.peek("LEFT_BRACKET")) {
      tokenizer.fail("extras in '[...]' must come right after the name");
    }
    tokenizer.fail(
      "expected a version specifier, '@ URL', ';' and a marker, or the end after the name"
    );
  }
  tokenizer.fail(
    "expected ',' between version clauses, or ';' before a marker, or the end"
  );
}
function parseRequirementMarker(tokenizer) {
  tokenizer.expect("SEMICOLON", "';'");
  const marker = parseMarker(tokenizer);
  tokenizer.consumeWs();
  return marker;
}
function parseExtras(tokenizer) {
  const open4 = tokenizer.position;
  if (tokenizer.take("LEFT_BRACKET") === null) {
    return [];
  }
  tokenizer.consumeWs();
  const extras = parseExtrasList(tokenizer);
  tokenizer.consumeWs();
  if (tokenizer.take("RIGHT_BRACKET") === null) {
    tokenizer.fail(
      `expected ']' to close the extras opened at column ${open4 + 1}`
    );
  }
  return extras;
}
function parseExtrasList(tokenizer) {
  const extras = [];
  const first = tokenizer.take("IDENTIFIER");
  if (first === null) {
    return extras;
  }
  extras.push(first);
  for (; ; ) {
    tokenizer.consumeWs();
    if (tokenizer.peek("IDENTIFIER")) {
      tokenizer.fail("expected a comma between extra names");
    }
    if (tokenizer.take("COMMA") === null) {
      break;
    }
    tokenizer.consumeWs();
    extras.push(tokenizer.expect("IDENTIFIER", "an extra name after ','"));
  }
  return extras;
}
function parseSpecifier(tokenizer) {
  const open4 = tokenizer.position;
  const parenthesized = tokenizer.take("LEFT_PARENTHESIS") !== null;
  tokenizer.consumeWs();
  const specifier = parseVersionMany(tokenizer);
  tokenizer.consumeWs();
  if (parenthesized && tokenizer.take("RIGHT_PARENTHESIS") === null) {
    if (!tokenizer.atEnd() && !tokenizer.peek("COMMA") && !tokenizer.peek("SEMICOLON")) {
      failAfterSpecifier(tokenizer, specifier);
    }
    tokenizer.fail(
      `expected ')' to close the version specifier opened at column ${open4 + 1}`
    );
  }
  return specifier;
}
function parseVersionMany(tokenizer) {
  const clauses = [];
  const seen = /* @__PURE__ */ new Set();
  for (; ; ) {
    const start = tokenizer.position;
    const clause = tokenizer.take("SPECIFIER");
    if (clause === null) {
      break;
    }
    if (!seen.has(clause)) {
      seen.add(clause);
      clauses.push(clause);
    }
    if (tokenizer.peek("VERSION_PREFIX_TRAIL")) {
      tokenizer.fail(
        `'.*' can only be used with '==' or '!=', not in '${clause.trim()}.*'`,
        start
      );
    }
    if (tokenizer.peek("VERSION_LOCAL_LABEL_TRAIL")) {
      tokenizer.fail(
        "a local version label ('+...') can only be used with '==' or '!='",
        start
      );
    }
    tokenizer.consumeWs();
    if (tokenizer.take("COMMA") === null) {
      break;
    }
    tokenizer.consumeWs();
  }
  return clauses.join(",");
}

// src/parse/pep508.ts
function parsePep508(text3) {
  const result = parsedRequirements.get(text3, parsePep508Uncached);
  return result.ok ? { ok: true, value: { ...result.value, extras: [...result.value.extras] } } : { ok: false, error: result.error };
}
var parsedRequirements = createBoundedCache(5e4);
function parsePep508Uncached(text3) {
  try {
    return {
      ok: true,
      value: flattenStrings(parseRequirement(new Tokenizer(text3)))
    };
  } catch (error3) {
    if (error3 instanceof Pep508SyntaxError) {
      return { ok: false, error: error3.message };
    }
    return { ok: false, error: `could not parse '${text3}': ${String(error3)}` };
  }
}
function flattenStrings(value) {
  return {
    ...value,
    name: copyString(value.name),
    rawName: copyString(value.rawName),
    specifier: copyString(value.specifier),
    extras: value.extras.map(copyString),
    marker: value.marker === null ? null : copyString(value.marker),
    url: value.url === null ? null : copyString(value.url)
  };
}
function parsePep508Marker(text3) {
  return parsedMarkers.get(text3, parsePep508MarkerUncached);
}
var parsedMarkers = createBoundedCache(5e4);
function parsePep508MarkerUncached(text3) {
  try {
    const tokenizer = new Tokenizer(text3);
    const marker = parseMarker(tokenizer);
    tokenizer.expectEnd("the end of the marker expression");
    return { ok: true, value: formatMarker(normalizeExtraValues(marker)) };
  } catch (error3) {
    if (error3 instanceof Pep508SyntaxError) {
      return { ok: false, error: error3.message };
    }
    return {
      ok: false,
      error: `could not parse marker '${text3}': ${String(error3)}`
    };
  }
}

// src/policy/schema.ts
var RULE_IDS = [
  "unpinned",
  "outside-policy",
  "banned",
  "lock-mismatch",
  "conflict",
  "diverged",
  "inconsistent",
  "compat",
  "exception-expired",
  "exception-unused",
  "missing",
  "yanked",
  "too-new",
  "index-unavailable",
  "index",
  "soak",
  "dead-marker"
];
var PIN_LEVELS = [
  "exact",
  "compatible",
  "bounded",
  "specified",
  "any"
];
var RULE_SEVERITIES = ["error", "warning", "notice", "off"];
var PRESET_NAMES = ["mcp"];
var pinLevel = _enum(PIN_LEVELS);
var optionalPinLevel = optional(pinLevel);
function compilesAsGlob(glob) {
  try {
    return import_picomatch.default.makeRe(glob, { dot: true, strictBrackets: true }).source !== "$^";
  } catch {
    return false;
  }
}
var specifierSet = string2().check(
  superRefine((text3, ctx) => {
    const parsed = parseSpecifierSet(text3);
    if (!parsed.ok) {
      ctx.addIssue({
        code: "custom",
        message: `expected a PEP 440 specifier set such as ">=1.2,<2", got "${text3}": ${parsed.error}`
      });
    }
  })
);
function readPackageSpecifier(text3) {
  const parsed = parsePep508(text3);
  if (!parsed.ok) return parsed.error;
  const { name: name2, specifier, url: url2, marker, extras } = parsed.value;
  if (url2 !== null || marker !== null || extras.length > 0)
    return "extras, URLs and markers are not allowed here";
  const set = parseSpecifierSet(specifier);
  return set.ok ? { name: name2, specifier, text: text3 } : set.error;
}
var packageSpecifier = pipe(
  string2().check(
    superRefine((text3, ctx) => {
      const read = readPackageSpecifier(text3);
      if (typeof read === "string")
        ctx.addIssue({
          code: "custom",
          message: `expected a package name and a PEP 440 specifier set such as "httpx>=0.27.1,<1", got "${text3}": ${read}`
        });
    })
  ),
  transform((text3) => readPackageSpecifier(text3))
);
var untilDate = pipe(
  union([
    date2(),
    string2().check(
      _regex(/^\d{4}-\d{2}-\d{2}$/, {
        message: "expected a date such as 2026-12-31"
      })
    )
  ]),
  transform(
    (value) => typeof value === "string" ? value : value.toISOString().slice(0, 10)
  )
);
var oneOrMany = (item2) => pipe(
  union([item2, array(item2)]),
  transform(
    (value) => Array.isArray(value) ? value : [value]
  )
);
var nonEmpty = string2().check(_minLength(1));
var nonEmptyOneOrMany = oneOrMany(nonEmpty);
var packagePolicy = strictObject({
  /** Versions the project may use. Absent: any. */
  allowed: optional(specifierSet),
  /** Versions nobody may use. */
  banned: _default(oneOrMany(specifierSet), []),
  /** Overrides the pin level of every requirement on this package. */
  pin: optionalPinLevel,
  /** Why this package is restricted; repeated in findings. */
  reason: optional(string2()),
  /** Every project (true) or the projects matching these globs must declare the package (rule `missing`). */
  required: optional(union([boolean2(), oneOrMany(string2())]))
});
var filePinLevel = strictObject({
  /** picomatch glob on the root-relative path of the file a requirement is declared in. */
  glob: string2().check(
    _minLength(1),
    refine(compilesAsGlob, {
      message: 'expected a glob such as "**/requirements-dev.txt"'
    })
  ),
  level: pinLevel
});
var compatRule = strictObject({
  when: packageSpecifier,
  require: packageSpecifier,
  reason: optional(string2())
});
var policyException = strictObject({
  rule: _enum(RULE_IDS),
  package: optional(string2()),
  /** picomatch glob on the project path ("." for the root). */
  project: optional(string2()),
  /** picomatch glob on the file a finding points at. */
  file: optional(string2()),
  /** Last day (UTC) the exception applies; absent: permanent. */
  until: optional(untilDate),
  reason: string2().check(
    _minLength(1, {
      message: "expected a reason saying why the exception exists"
    })
  )
});
var ruleSeverity = _enum(RULE_SEVERITIES);
var errorByDefault = _default(ruleSeverity, "error");
var warningByDefault = _default(ruleSeverity, "warning");
var noticeByDefault = _default(ruleSeverity, "notice");
var duration3 = string2().check(
  refine((text3) => parseDuration(text3) !== null, {
    message: 'expected a duration such as "48h", "2d", "1w" or "0"'
  })
);
var policySchema = strictObject({
  extends: _default(oneOrMany(_enum(PRESET_NAMES)), []),
  pins: prefault(
    strictObject({
      default: _default(pinLevel, "specified"),
      // Per kind of file a requirement is declared in.
      requirements: optionalPinLevel,
      pyproject: optionalPinLevel,
      poetry: optionalPinLevel,
      // Per group family; these win over the file kind.
      build: _default(pinLevel, "any"),
      dev: optionalPinLevel,
      optional: optionalPinLevel,
      constraints: optionalPinLevel,
      // Per file glob; these win over everything but packages.<name>.pin.
      files: _default(array(filePinLevel), [])
    }),
    {}
  ),
  packages: _default(record(string2(), packagePolicy), {}),
  compat: _default(array(compatRule), []),
  consistency: prefault(
    strictObject({
      packages: _default(union([literal("*"), array(string2())]), [])
    }),
    {}
  ),
  exceptions: _default(array(policyException), []),
  /** Install sets nothing in the files declares: each `each` file is installed together with the `with` files. */
  install: _default(
    array(
      strictObject({
        each: nonEmptyOneOrMany,
        with: nonEmptyOneOrMany,
        reason: optional(string2())
      })
    ),
    []
  ),
  /** Minimum age of a pinned or locked release (`too-new`): `"48h"`, `"2d"`, `"1w"`, `"0"` for none. */
  cooldown: prefault(
    strictObject({
      default: _default(duration3, "48h"),
      packages: _default(record(string2(), duration3), {})
    }),
    {}
  ),
  /** Staged upgrades: the canary projects move first, then the rest after the soak, `wave` projects at a time. */
  rollout: prefault(
    strictObject({
      /** picomatch globs on project paths: the canary wave. Empty: no rollout discipline. */
      canary: _default(nonEmptyOneOrMany, []),
      /** How long the canary must run a version before another project may move to it. */
      soak: _default(duration3, "24h"),
      /** How many projects move together after the canary; "all" for every one. */
      wave: _default(
        union([literal("all"), number2().check(int(), _positive())]),
        "all"
      )
    }),
    {}
  ),
  /** The package index to check pins against (PyPI JSON API root, or a Simple API URL ending in /simple). */
  "index-url": optional(
    string2().check(
      _regex(/^https?:\/\/\S+$/, {
        message: "expected an http(s) URL such as https://pypi.org/simple"
      })
    )
  ),
  /** Requests in flight at once per index host (429/503 answers lower it for a while). */
  "index-concurrency": _default(
    number2().check(int(), _gte(1), _lte(256)),
    50
  ),
  /** Package sources the audited files may name (requirements files' --index-url etc., uv/Poetry index settings, lock registries). */
  indexes: prefault(
    strictObject({
      allowed: _default(array(nonEmpty), [])
    }),
    {}
  ),
  rules: prefault(
    strictObject({
      unpinned: errorByDefault,
      "outside-policy": errorByDefault,
      banned: errorByDefault,
      "lock-mismatch": errorByDefault,
      conflict: errorByDefault,
      diverged: warningByDefault,
      inconsistent: warningByDefault,
      compat: errorByDefault,
      "exception-expired": warningByDefault,
      "exception-unused": warningByDefault,
      missing: errorByDefault,
      // Index-backed rules (they need the package index, except what poetry.lock and the offline knowledge carry).
      yanked: errorByDefault,
      "too-new": warningByDefault,
      "index-unavailable": noticeByDefault,
      // A package source the policy does not list: pip may install anything from it.
      index: errorByDefault,
      // Needs the base branch's history (a pull request, or the CLI's --base-ref).
      soak: warningByDefault,
      // A requirement whose marker never holds where the project runs: said once, judged by no other rule.
      "dead-marker": noticeByDefault
    }),
    {}
  )
});

// src/policy/describe-policy-errors.ts
function describeSchemaErrors(issues, document, file, lineOf2) {
  const problems = issues.flatMap((issue3) => describeIssue(issue3, document)).map((problem) => ({ ...problem, line: lineOf2(problem.path) ?? null })).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const message = problems.map(
    (problem, i) => i === 0 ? problem.message : `${file ?? "policy"}${problem.line === null ? "" : `:${problem.line}`}: ${problem.message}`
  ).join("\n");
  return new ConfigurationError(message, file, problems[0]?.line ?? null);
}
function describeIssue(issue3, document) {
  const path = issue3.path.filter(
    (key) => typeof key !== "symbol"
  );
  if (issue3.code === "unrecognized_keys") {
    const valid = listKeysAt(path);
    return issue3.keys.map((key) => {
      const closest = findClosestName(key, valid);
      const hint = closest !== null ? `; did you mean \`${closest}\`?` : valid.length > 0 ? `; expected one of ${valid.map((name2) => `\`${name2}\``).join(", ")}` : "";
      return {
        path: [...path, key],
        message: `unknown key \`${formatPath([...path, key])}\`${hint}`
      };
    });
  }
  const got = valueAt2(document, path);
  const shown = `\`${formatPath(path)}\``;
  if (issue3.code === "invalid_value") {
    const values = issue3.values.map((value) => String(value));
    const closest = typeof got === "string" ? findClosestName(got, values) : null;
    const hint = closest === null ? "" : `; did you mean "${closest}"?`;
    return [
      {
        path,
        message: `${shown} must be one of ${values.map((v) => `"${v}"`).join(" | ")}, got ${formatValue(got)}${hint}`
      }
    ];
  }
  if (issue3.code === "invalid_type") {
    const expected = got === void 0 ? `is required (${issue3.expected})` : `must be ${describeExpected(path, issue3.expected)}, got ${formatValue(got)}`;
    return [{ path, message: `${shown} ${expected}` }];
  }
  if (issue3.code === "invalid_union") {
    return [
      {
        path,
        message: `${shown} must be ${describeExpected(path, "a valid value")}, got ${formatValue(got)}`
      }
    ];
  }
  return [{ path, message: `${shown}: ${issue3.message}` }];
}
function describeExpected(path, fallback) {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (last === "banned") return "a specifier set or an array of specifier sets";
  if (last === "until") return "a date such as 2026-12-31";
  if (last === "packages" && parent === "consistency")
    return '"*" or an array of package names';
  if (typeof last === "number" || last === "compat" || last === "exceptions") {
    return fallback === "object" ? "a table" : fallback === "array" ? "an array of tables" : fallback;
  }
  return fallback === "object" ? "a table" : fallback;
}
function listKeysAt(path) {
  let schema = policySchema;
  for (const key of path) {
    const def2 = defOf(unwrapSchema(schema));
    if (def2.type === "object") {
      const next = def2.shape[String(key)];
      if (next === void 0) return [];
      schema = next;
    } else if (def2.type === "record") schema = def2.valueType;
    else if (def2.type === "array") schema = def2.element;
    else return [];
  }
  const def = defOf(unwrapSchema(schema));
  return def.type === "object" ? Object.keys(def.shape) : [];
}
function defOf(schema) {
  return schema._zod.def;
}
function unwrapSchema(schema) {
  let current = schema;
  for (; ; ) {
    const def = defOf(current);
    if (def.type === "optional" || def.type === "default" || def.type === "prefault")
      current = def.innerType;
    else if (def.type === "pipe") current = def.in;
    else return current;
  }
}
function valueAt2(document, path) {
  let current = document;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return void 0;
    current = current[key];
  }
  return current;
}
function formatPath(path) {
  return path.map((key, index) => {
    if (typeof key === "number") return `[${key}]`;
    const text3 = /^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key);
    return index === 0 ? text3 : `.${text3}`;
  }).join("");
}
function formatValue(value) {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "bigint") return String(value);
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object" && value !== null) return "a table";
  return JSON.stringify(value) ?? String(value);
}

// src/policy/extend-presets.ts
function readPresetNames(value, file, lineOf2) {
  if (value === void 0) return [];
  const names = Array.isArray(value) ? value : [value];
  return names.map((name2, index) => {
    if (typeof name2 === "string" && PRESET_NAMES.includes(name2)) {
      return name2;
    }
    const path = Array.isArray(value) ? ["extends", index] : ["extends"];
    const line = lineOf2(path) ?? null;
    const closest = typeof name2 === "string" ? findClosestName(name2, PRESET_NAMES) : null;
    const hint = closest === null ? "" : `; did you mean \`${closest}\`?`;
    throw new ConfigurationError(
      `unknown preset ${JSON.stringify(name2)} in \`extends\`, expected one of ${PRESET_NAMES.map((n) => `"${n}"`).join(", ")}${hint}`,
      file,
      line
    );
  });
}
function normalizePackageKeys(value, file, lineOf2) {
  const { extends: _extends, ...tables } = value;
  const packages = tables.packages;
  if (!isTable(packages)) return tables;
  const seen = /* @__PURE__ */ new Map();
  for (const key of Object.keys(packages)) {
    const normalized = normalizeName(key);
    const previous = seen.get(normalized);
    if (previous !== void 0) {
      const line = lineOf2(["packages", key]) ?? null;
      throw new ConfigurationError(
        `[packages.${key}] and [packages.${previous}] name the same package (${normalized}); merge them`,
        file,
        line
      );
    }
    seen.set(normalized, key);
  }
  return tables;
}
function mergeUnder(under, over) {
  const merged = { ...over };
  for (const [key, underValue] of Object.entries(under)) {
    const overValue = over[key];
    if (overValue === void 0) merged[key] = underValue;
    else if (key === "packages" && isTable(underValue) && isTable(overValue)) {
      const byName = new Map(
        Object.keys(overValue).map((name2) => [normalizeName(name2), name2])
      );
      const packages = { ...overValue };
      for (const [name2, settings] of Object.entries(underValue)) {
        const overName = byName.get(normalizeName(name2));
        const overSettings = overName === void 0 ? void 0 : overValue[overName];
        if (overName === void 0) packages[name2] = settings;
        else if (isTable(settings) && isTable(overSettings)) {
          packages[overName] = mergeUnder(settings, overSettings);
        }
      }
      merged[key] = packages;
    } else if (isTable(underValue) && isTable(overValue))
      merged[key] = mergeUnder(underValue, overValue);
    else if (key === "compat" && Array.isArray(underValue) && Array.isArray(overValue)) {
      merged[key] = [...overValue, ...underValue];
    }
  }
  return merged;
}
function isTable(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

// src/policy/presets.ts
var MCP_PRESET = {
  description: "MCP stack: mcp ~=1.23.3, anyio >=4.4,<5, httpx >=0.27.1,<1 next to mcp >=1.13, exact pins in requirements files, one version of mcp/anyio/httpx across projects",
  tables: {
    pins: { requirements: "exact" },
    packages: {
      mcp: {
        allowed: "~=1.23.3",
        reason: "the MCP stack is validated on mcp 1.23.x"
      },
      anyio: {
        allowed: ">=4.4,<5",
        reason: "anyio 4.4 fixes task-group cancellation that silently drops connections under concurrent tool calls"
      }
    },
    compat: [
      {
        when: "mcp>=1.13,<2",
        require: "httpx>=0.27.1,<1",
        // One clause: the details (httpx 1.0 dev releases are a rewrite, mcp up to 1.27.0 declares no upper
        // bound) are in docs/policy.md.
        reason: "mcp 1.13+ needs httpx 0.27.1 or later, and httpx 1.0 pre-releases break `import mcp`"
      }
    ],
    consistency: { packages: ["mcp", "anyio", "httpx"] }
  }
};
var PRESETS = { mcp: MCP_PRESET };

// src/policy/load-policy.ts
var POLICY_FILE = "pin-audit.toml";
var PYPROJECT = "pyproject.toml";
var PYPROJECT_PREFIX = ["tool", "pin-audit"];
function createDefaultPolicy() {
  return loadPolicyFromToml({}, null, () => void 0);
}
function loadPolicyFromToml(value, file, lineOf2) {
  if (!isTable(value)) {
    throw new ConfigurationError("the policy must be a TOML table", file, null);
  }
  const presets = readPresetNames(value.extends, file, lineOf2);
  const fileTables = normalizePackageKeys(value, file, lineOf2);
  let merged = fileTables;
  for (const name2 of presets) merged = mergeUnder(PRESETS[name2].tables, merged);
  const result = policySchema.safeParse(merged);
  if (!result.success)
    throw describeSchemaErrors(result.error.issues, merged, file, lineOf2);
  const document = result.data;
  const countIn = (key) => {
    const entries = fileTables[key];
    return Array.isArray(entries) ? entries.length : 0;
  };
  const fileCompat = countIn("compat");
  const compat = document.compat.map((rule, index) => ({
    when: rule.when,
    require: rule.require,
    reason: rule.reason ?? null,
    line: index < fileCompat ? lineOf2(["compat", index]) ?? null : null
  }));
  const exceptions = readExceptions(document, lineOf2);
  const packages = {};
  for (const [name2, settings] of Object.entries(document.packages))
    packages[normalizeName(name2)] = settings;
  const consistencyPackages = document.consistency.packages;
  return {
    file,
    presets,
    pins: document.pins,
    packages,
    compat,
    consistency: {
      packages: consistencyPackages === "*" ? "*" : [...new Set(consistencyPackages.map(normalizeName))]
    },
    exceptions,
    install: readInstallDeclarations(document, lineOf2),
    cooldown: {
      default: parseDuration(document.cooldown.default) ?? 0,
      packages: Object.fromEntries(
        Object.entries(document.cooldown.packages).map(([name2, text3]) => [
          normalizeName(name2),
          parseDuration(text3) ?? 0
        ])
      )
    },
    indexUrl: document["index-url"] ?? null,
    indexConcurrency: document["index-concurrency"],
    indexes: { allowed: document.indexes.allowed },
    rollout: {
      canary: document.rollout.canary,
      soak: parseDuration(document.rollout.soak) ?? 0,
      soakText: document.rollout.soak,
      wave: document.rollout.wave === "all" ? null : document.rollout.wave
    },
    rules: document.rules
  };
}
function readExceptions(document, lineOf2) {
  return document.exceptions.map((exception, index) => ({
    rule: exception.rule,
    package: exception.package === void 0 ? null : normalizeName(exception.package),
    project: exception.project ?? null,
    file: exception.file ?? null,
    until: exception.until ?? null,
    reason: exception.reason,
    line: lineOf2(["exceptions", index]) ?? null
  }));
}
function readInstallDeclarations(document, lineOf2) {
  return document.install.map((entry, index) => ({
    each: [...entry.each],
    with: [...entry.with],
    line: lineOf2(["install", index]) ?? null
  }));
}
async function loadPolicy(root, explicitPath) {
  if (explicitPath !== void 0) {
    const text3 = await readText(nodePath.resolve(root, explicitPath));
    if (text3 === null) {
      throw new ConfigurationError(
        `policy file ${explicitPath} not found`,
        explicitPath,
        null
      );
    }
    const inPyproject = nodePath.basename(explicitPath) === PYPROJECT;
    const policy = inPyproject ? readPyprojectPolicy(text3, explicitPath, true) : readPolicyFile(text3, explicitPath);
    if (policy === null) {
      throw new ConfigurationError(
        `${explicitPath} has no [tool.pin-audit] table`,
        explicitPath,
        null
      );
    }
    return describeLoaded(policy, { kind: "explicit", file: explicitPath });
  }
  const fileText = await readText(nodePath.join(root, POLICY_FILE));
  const pyprojectText = await readText(nodePath.join(root, PYPROJECT));
  const fromPyproject = pyprojectText === null ? null : readPyprojectPolicy(pyprojectText, PYPROJECT, false);
  if (fileText !== null) {
    if (fromPyproject !== null) {
      throw new ConfigurationError(
        `both ${POLICY_FILE} and [tool.pin-audit] in ${PYPROJECT} define a policy; keep one of them`,
        POLICY_FILE,
        null
      );
    }
    return describeLoaded(readPolicyFile(fileText, POLICY_FILE), {
      kind: "file",
      file: POLICY_FILE
    });
  }
  if (fromPyproject !== null)
    return describeLoaded(fromPyproject, {
      kind: "pyproject",
      file: PYPROJECT
    });
  return describeLoaded(createDefaultPolicy(), { kind: "default", file: null });
}
function describePolicy(source, presets) {
  const extended = presets.length > 0 ? ` (extends ${presets.join(", ")})` : "";
  switch (source.kind) {
    case "default":
      return "built-in default policy: every dependency needs a version constraint, locks must match their manifests, no conflicting requirements";
    case "pyproject":
      return `[tool.pin-audit] in ${source.file}${extended}`;
    default:
      return `${source.file}${extended}`;
  }
}
function describeLoaded(policy, source) {
  return {
    policy,
    source,
    presets: policy.presets,
    description: describePolicy(source, policy.presets)
  };
}
async function readText(path) {
  try {
    return await readFile(path, "utf8");
  } catch (error3) {
    if (error3.code === "ENOENT") return null;
    throw new ConfigurationError(
      `cannot read ${path}: ${String(error3)}`,
      path,
      null
    );
  }
}
function parseOrThrow(text3, file) {
  const parsed = parseToml(text3, file);
  if (parsed.value === null) {
    const diagnostic = parsed.diagnostics[0];
    const line = diagnostic?.line ?? null;
    throw new ConfigurationError(
      diagnostic?.message ?? "invalid TOML",
      file,
      line
    );
  }
  return parsed.value;
}
function readPolicyFile(text3, file) {
  const document = parseOrThrow(text3, file);
  return loadPolicyFromToml(document.value, file, document.lineOf);
}
function readPyprojectPolicy(text3, file, explicit) {
  const parsed = parseToml(text3, file);
  if (parsed.value === null) {
    if (explicit || /^\s*\[\s*tool\s*\.\s*["']?pin-audit/m.test(text3))
      parseOrThrow(text3, file);
    return null;
  }
  const document = parsed.value;
  const tool = document.value.tool;
  if (!isTable(tool) || tool["pin-audit"] === void 0) return null;
  return loadPolicyFromToml(
    tool["pin-audit"],
    file,
    (path) => document.lineOf([...PYPROJECT_PREFIX, ...path])
  );
}

// src/github/audit-options.ts
function actionAuditOptions(env, inputs) {
  return {
    env: {},
    networkEnv: proxySettings(env),
    indexToken: env[INDEX_TOKEN_ENV] ?? null,
    offline: inputs.offline,
    ...inputs.indexUrl ? { indexUrl: inputs.indexUrl } : {},
    ...inputs.indexConcurrency !== void 0 ? { indexConcurrency: inputs.indexConcurrency } : {},
    today: /* @__PURE__ */ new Date()
  };
}
async function auditedRoot(workspace, path) {
  const root = resolve2(workspace, path);
  const info2 = await stat3(root).catch(() => null);
  if (!info2?.isDirectory())
    throw new ConfigurationError(
      `input path: ${path} is not a directory in the workspace`
    );
  return root;
}
async function pinIndex(options, inputs, workspaceRoot, workspaceReport) {
  if (inputs.indexUrl) return { ...options, indexUrl: inputs.indexUrl };
  const loaded = await loadPolicy(workspaceRoot, inputs.policy);
  if (loaded.policy.indexUrl)
    return { ...options, indexUrl: loaded.policy.indexUrl };
  const indexes = new Set(
    workspaceReport.projects.map((p) => chooseProjectIndex(p, null))
  );
  indexes.delete(DEFAULT_INDEX_URL);
  const [only] = indexes;
  return {
    ...options,
    indexUrl: indexes.size === 1 && only !== void 0 ? only : DEFAULT_INDEX_URL,
    indexToken: null
  };
}
function proxySettings(env) {
  const names = [
    "HTTPS_PROXY",
    "https_proxy",
    "HTTP_PROXY",
    "http_proxy",
    "NO_PROXY",
    "no_proxy",
    "PIN_AUDIT_REQUEST_TIMEOUT_MS",
    "PIN_AUDIT_RETRY_BASE_MS"
  ];
  return Object.fromEntries(
    names.filter((n) => env[n] !== void 0).map((n) => [n, env[n]])
  );
}

// src/github/audit-sides.ts
import { mkdir as mkdir5, rm as rm4, writeFile as writeFile6 } from "node:fs/promises";
import { join as join14, resolve as resolve3 } from "node:path";

// src/audit.ts
import { posix as posix12 } from "node:path";

// src/discover/audit-globs.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
import { existsSync as existsSync2, statSync } from "node:fs";
import { join as join4 } from "node:path";
function checkGlobsCompile(globs) {
  for (const kind of ["include", "exclude"])
    for (const glob of globs[kind]) {
      let source;
      try {
        source = import_picomatch2.default.makeRe(glob, {
          dot: true,
          strictBrackets: true
        }).source;
      } catch (error3) {
        throw new ConfigurationError(
          `invalid ${kind} glob ${JSON.stringify(glob)}: ${error3 instanceof Error ? error3.message : String(error3)}`
        );
      }
      if (source === "$^")
        throw new ConfigurationError(
          `invalid ${kind} glob ${JSON.stringify(glob)}: it can match no path`
        );
    }
}
function scopeGlob(glob, scope) {
  if (scope === "." || scope === "") return glob;
  const negated = glob.startsWith("!");
  const body = negated ? glob.slice(1) : glob;
  return `${negated ? "!" : ""}${scope}/${body.replace(/^\.\//, "")}`;
}
function checkGlobsMatched(globs, scope, discovery) {
  const checks = [
    { kind: "include", paths: discovery.files.map((f) => f.path) },
    { kind: "exclude", paths: discovery.excluded }
  ];
  for (const { kind, paths } of checks)
    for (const glob of globs[kind]) {
      const scoped = scopeGlob(glob, scope);
      const matches2 = (0, import_picomatch2.default)(scoped, { dot: true });
      if (paths.some((path) => matches2(path) || matches2(`${path}/`))) continue;
      const what = kind === "include" ? "no dependency file" : "nothing";
      const hint = suggestGlob(glob, join4(discovery.rootReal, scope));
      throw new ConfigurationError(
        `--${kind} ${JSON.stringify(glob)} matches ${what}${hint === null ? "" : `; did you mean \`${hint}\`?`}`
      );
    }
}
function suggestGlob(glob, base) {
  const plain = glob.replace(/\/+$/, "");
  if (!import_picomatch2.default.scan(plain).isGlob) {
    const path = join4(base, plain);
    if (existsSync2(path) && statSync(path).isDirectory()) return `${plain}/**`;
    return null;
  }
  return plain.includes("/") ? null : `**/${plain}`;
}

// src/discover/discover-files.ts
var import_picomatch3 = __toESM(require_picomatch2(), 1);
import { join as join8, relative, sep } from "node:path";

// src/discover/compiled-header.ts
var PIP_COMPILE = /^#\s*This file is autogenerated by pip-compile\b/i;
var UV = /^#\s*This file was autogenerated by uv via the following command:/i;
var VALUE_OPTIONS = /* @__PURE__ */ new Set([
  "-o",
  "--output-file",
  "-c",
  "--constraint",
  "--constraints",
  "--overrides",
  "--override",
  "-b",
  "--build-constraint",
  "--build-constraints",
  "--extra",
  "--group",
  "-p",
  "--python",
  "--python-version",
  "--python-platform",
  "-P",
  "--upgrade-package",
  "-i",
  "--index-url",
  "--default-index",
  "--extra-index-url",
  "--index",
  "-f",
  "--find-links",
  "--index-strategy",
  "--keyring-provider",
  "--resolution",
  "--prerelease",
  "--fork-strategy",
  "--exclude-newer",
  "--exclude-newer-package",
  "--no-emit-package",
  "--unsafe-package",
  "--annotation-style",
  "--custom-compile-command",
  "--config-file",
  "--config",
  "--cache-dir",
  "--link-mode",
  "--torch-backend",
  "--color",
  "--directory",
  "--project",
  "-C",
  "--config-setting",
  "--no-binary",
  "--only-binary",
  "--no-build-package",
  "--no-binary-package",
  "--refresh-package",
  "--cert",
  "--client-cert",
  "--trusted-host",
  "--pip-args",
  "--resolver",
  "--max-rounds",
  "--build-deps-for",
  "--python-preference",
  "--allow-insecure-host",
  "--emit-index-annotation",
  "--dependency-metadata"
]);
var HEADER_LINES = 12;
var LINE_BREAK = /\r\n|\r|\n/;
function readCompiledHeader(text3) {
  const lines = headOf(text3).replace(/^\uFEFF/, "").split(LINE_BREAK, HEADER_LINES);
  let tool = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (tool === null) {
      if (PIP_COMPILE.test(line)) tool = "pip-compile";
      else if (UV.test(line)) tool = "uv";
      else if (line !== "" && line !== "#") return null;
      continue;
    }
    const command = copyString(line.replace(/^#\s*/, ""));
    if (tool === "pip-compile" && /^(pip-compile|python3? -m piptools compile)\b/.test(command) || tool === "uv" && /^uv\s+pip\s+compile\b/.test(command))
      return { ...readCommand(command), tool, line: i + 1, command };
    if (!line.startsWith("#")) return null;
  }
  return null;
}
function headOf(text3) {
  if (typeof text3 === "string") return text3;
  let head = text3[0] ?? "";
  for (let i = 1; i < text3.length; i++) {
    if (head.split(LINE_BREAK, HEADER_LINES + 1).length > HEADER_LINES) break;
    head += text3[i];
  }
  return head;
}
function readCommand(command) {
  const words = splitWords(command);
  const start = words.indexOf("compile") >= 0 ? words.indexOf("compile") + 1 : 1;
  const out = {
    output: null,
    inputs: [],
    constraints: [],
    extras: [],
    allExtras: false
  };
  for (let i = start; i < words.length; i++) {
    const word = words[i];
    if (!word.startsWith("-") || word === "-") {
      if (word !== "-") out.inputs.push(word);
      continue;
    }
    const eq = word.indexOf("=");
    const name2 = word.startsWith("--") && eq > 0 ? word.slice(0, eq) : word;
    const attached = word.startsWith("--") && eq > 0 ? word.slice(eq + 1) : null;
    const short = /^-[a-zA-Z]./.test(word) && !word.startsWith("--") ? word.slice(0, 2) : null;
    const key = short ?? name2;
    if (name2 === "--all-extras") out.allExtras = true;
    if (!VALUE_OPTIONS.has(key) && key !== "-r" && key !== "--requirement" && key !== "--requirements")
      continue;
    const value = attached ?? (short !== null ? word.slice(2) : words[++i]);
    if (value === void 0) break;
    if (key === "-o" || key === "--output-file") out.output = value;
    else if (key === "-c" || key === "--constraint" || key === "--constraints")
      out.constraints.push(value);
    else if (key === "-r" || key === "--requirement" || key === "--requirements")
      out.inputs.push(value);
    else if (key === "--extra") out.extras.push(value);
  }
  return out;
}
function splitWords(command) {
  const words = [];
  let current = "";
  let quote2 = null;
  let started = false;
  for (let i = 0; i < command.length; i++) {
    const c = command[i];
    if (quote2 !== null) {
      if (c === quote2) quote2 = null;
      else current += c;
    } else if (c === "'" || c === '"') {
      quote2 = c;
      started = true;
    } else if (c === "\\" && i + 1 < command.length) {
      current += command[++i];
      started = true;
    } else if (/\s/.test(c)) {
      if (started) words.push(current);
      current = "";
      started = false;
    } else {
      current += c;
      started = true;
    }
  }
  if (started) words.push(current);
  return words;
}

// src/discover/compiled-header-sniff.ts
var HEAD_BYTES = 4096;
function mayBeCompiledOutput(relPath) {
  return /\.(txt|lock)$/i.test(relPath);
}
async function keepCompiledOutputs(candidates) {
  const kept2 = [];
  for (const file of candidates)
    if (readCompiledHeader(await readHead(file.absPath)) !== null)
      kept2.push(file);
  return kept2;
}
async function readHead(absPath) {
  try {
    const handle = await open(absPath, "r");
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
      return buffer.subarray(0, bytesRead).toString("utf8");
    } finally {
      await handle.close();
    }
  } catch {
    return "";
  }
}

// src/discover/discover-walk.ts
import { join as join6 } from "node:path";

// src/discover/classify-file.ts
function classifyFile(relPath, siblings = /* @__PURE__ */ new Set()) {
  const slash = relPath.lastIndexOf("/");
  const base = relPath.slice(slash + 1);
  const parent = slash < 0 ? "" : relPath.slice(relPath.lastIndexOf("/", slash - 1) + 1, slash);
  const lower = base.toLowerCase();
  if (base === "pyproject.toml") return "pyproject";
  if (base === "uv.lock") return "uv-lock";
  if (base === "poetry.lock") return "poetry-lock";
  if (base === "pylock.toml" || /^pylock\.[^.]+\.toml$/.test(base))
    return "pylock";
  if (lower.endsWith(".txt")) {
    if (lower.includes("requirements") || lower.startsWith("constraints"))
      return "requirements";
    if (parent === "requirements") return "requirements";
    return siblings.has(`${base.slice(0, -4)}.in`) ? "requirements" : null;
  }
  if (lower.endsWith(".in")) {
    if (lower === "manifest.in") return null;
    if (lower.includes("requirements") || lower.startsWith("constraints"))
      return "requirements";
    if (parent === "requirements") return "requirements";
    return siblings.has(`${base.slice(0, -3)}.txt`) ? "requirements" : null;
  }
  return null;
}
function isConstraintsFileName(relPath) {
  const base = relPath.slice(relPath.lastIndexOf("/") + 1).toLowerCase();
  return base.startsWith("constraints");
}
function isTemplateName(name2) {
  return name2.includes("{{") || name2.includes("{%");
}
function isDependencyTemplate(name2) {
  return /requirements|constraints|pyproject|pylock|\.lock\b|\.in\b/i.test(
    name2
  );
}

// src/discover/resolve-path.ts
import { posix as posix2 } from "node:path";
var MAX_SYMLINKS = 40;
var NEVER_READ_DIRS = /* @__PURE__ */ new Set([
  ".git",
  ".hg",
  ".svn",
  "node_modules"
]);
async function resolvePath(view, fromDir, target) {
  if (target.includes("\0"))
    return refuse("missing", "the path holds a NUL character");
  const current = fromDir === "" || fromDir === "." ? [] : fromDir.split("/");
  const pending = [];
  if (!enter(view, target, current, pending))
    return refuse(
      "outside",
      `'${target}' is an absolute path outside the audited root`
    );
  let links = 0;
  let kind = "dir";
  let lastLink = "";
  while (pending.length > 0) {
    const part = pending.pop();
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (current.length === 0)
        return refuse(
          "outside",
          `the path leads outside the audited root${lastLink}`
        );
      current.pop();
      kind = "dir";
      continue;
    }
    if (kind !== "dir")
      return refuse("missing", `'${current.join("/")}' is not a directory`);
    if (NEVER_READ_DIRS.has(part))
      return refuse(
        "never-read",
        `the path leads into '${[...current, part].join("/")}', which pin-audit never reads`
      );
    const next = [...current, part].join("/");
    kind = await view.lstat(next);
    if (kind === "link") {
      links++;
      if (links > MAX_SYMLINKS)
        return refuse(
          "loop",
          `more than ${MAX_SYMLINKS} symbolic links on the way (the OS stops there too)`
        );
      const link = await view.readlink(next);
      lastLink = ` (through the link '${next}' -> '${link}')`;
      if (link === "" || link.includes("\0") || !enter(view, link, current, pending))
        return refuse(
          "outside",
          `'${next}' is a link to '${link}', outside the audited root`
        );
      kind = "dir";
      continue;
    }
    if (kind === "missing")
      return refuse("missing", `'${next}' does not exist`);
    current.push(part);
  }
  return { ok: true, path: current.join("/"), kind, links };
}
function enter(view, path, current, pending) {
  let relative6 = path;
  if (path.startsWith("/")) {
    const under = view.underRoot(path);
    if (under === null) return false;
    current.length = 0;
    relative6 = under;
  }
  append(pending, relative6.split("/").reverse());
  return true;
}
function refuse(reason, message) {
  return { ok: false, reason, message };
}
function parentOf(path) {
  const dir = posix2.dirname(path);
  return dir === "." ? "" : dir;
}

// src/discover/skipped-dirs.ts
import { join as join5 } from "node:path";

// src/discover/virtualenv.ts
function describeVirtualenvSkip(entries) {
  const has = (name2, dir) => entries.some(
    (e) => e.name === name2 && (dir ? e.isDirectory() : e.isFile())
  );
  if (!has("pyvenv.cfg", false)) return null;
  const scripts = has("bin", true) ? "bin" : has("Scripts", true) ? "Scripts" : null;
  const lib = has("lib", true) ? "lib" : has("Lib", true) ? "Lib" : null;
  if (scripts === null || lib === null) return null;
  return `skipped as a virtualenv (pyvenv.cfg, ${scripts}/ and ${lib}/): installed packages, not this repository's declarations`;
}

// src/discover/skipped-dirs.ts
var SKIPPED_DIRS = /* @__PURE__ */ new Set([
  ".git",
  ".hg",
  ".svn",
  "node_modules",
  "__pycache__"
]);
var TOOL_ENV_DIRS = /* @__PURE__ */ new Set([".tox", ".nox"]);
function skipByName(name2) {
  if (SKIPPED_DIRS.has(name2))
    return {
      said: false,
      message: `${name2} is never read`,
      what: "never read"
    };
  if (TOOL_ENV_DIRS.has(name2))
    return {
      said: true,
      what: `${name2 === ".tox" ? "tox" : "nox"}'s environments`,
      message: `skipped: ${name2} holds ${name2 === ".tox" ? "tox" : "nox"}'s environments, not this repository's declarations`
    };
  if (isTemplateName(name2))
    return {
      said: true,
      what: "a template directory",
      message: "template directory (a `{{` or `{%` placeholder in its name); not audited: its files are rendered into a project before anything installs them"
    };
  return null;
}
function skipByEntries(entries) {
  return describeVirtualenvSkip(entries);
}
async function findSkippedAncestor(rootReal, path) {
  const parts = path.split("/").slice(0, -1);
  for (let i = 0; i < parts.length; i++) {
    const dir = parts.slice(0, i + 1).join("/");
    const byName = skipByName(parts[i]);
    if (byName !== null) return `'${dir}' (${byName.what})`;
    const entries = await readdir(join5(rootReal, ...parts.slice(0, i + 1)), {
      withFileTypes: true
    }).catch(() => null);
    const byEntries = entries === null ? null : skipByEntries(entries);
    if (byEntries !== null) return `'${dir}' (a virtualenv)`;
  }
  return null;
}

// src/discover/discover-links.ts
async function followLink(rootReal, view, relPath, names) {
  const resolved = await resolvePath(view, "", relPath);
  const dependencyFile = classifyFile(relPath, names) !== null;
  if (!resolved.ok)
    return refuse2(
      relPath,
      dependencyFile,
      resolved.reason === "missing" ? `broken symbolic link: ${resolved.message}` : `symbolic link not followed: ${resolved.message}`,
      resolved.reason !== "missing"
    );
  if (resolved.kind === "dir") return { kind: "dir", path: resolved.path };
  if (resolved.kind !== "file") return { kind: "none", path: relPath };
  const skipped = await findSkippedAncestor(rootReal, resolved.path);
  if (skipped === null) return { kind: "file", path: resolved.path };
  return refuse2(
    relPath,
    dependencyFile,
    `symbolic link not followed: it leads to '${resolved.path}' inside ${skipped}, which pin-audit does not read`,
    true
  );
}
function refuse2(relPath, dependencyFile, message, unauditable) {
  const issue3 = dependencyFile && unauditable ? {
    severity: "error",
    rule: "unauditable",
    path: relPath,
    message: `${message}; an installer would read it, so it was not audited; make it a regular file in the repository`
  } : {
    severity: dependencyFile ? "error" : "warning",
    path: relPath,
    message
  };
  return { kind: "none", path: relPath, issue: issue3 };
}

// src/discover/read-file-bytes.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";

// src/start-up/short-run-tuning.ts
var LONG_RUN_BYTES = 1024 * 1024;
var STATE = /* @__PURE__ */ Symbol.for("pin-audit.short-run-tuning");
function endShortRunTuning(holder = globalThis) {
  const state = holder[STATE];
  if (state === void 0 || state.ended) return false;
  state.ended = true;
  state.setDefaults();
  return true;
}
function noteBytesRead(bytes, holder = globalThis) {
  const state = holder[STATE];
  if (state === void 0 || state.ended) return;
  state.bytesRead += bytes;
  if (state.bytesRead > LONG_RUN_BYTES) endShortRunTuning(holder);
}

// src/discover/read-file-bytes.ts
var MAX_FILE_BYTES = 16 * 1024 * 1024;
var KEPT_BUFFER_BYTES = 4 * 1024 * 1024;
var MIN_BUFFER_BYTES = 256 * 1024;
async function readFileWith(absPath, use) {
  if (blockingReads) return readBlocking(absPath, use);
  let handle;
  let bytes;
  try {
    handle = await open(absPath, "r");
    const { size } = await handle.stat();
    if (size > MAX_FILE_BYTES) return tooLarge(size);
    noteBytesRead(size);
    bytes = await handle.readFile(size);
  } catch (error3) {
    return cannotRead(error3);
  } finally {
    await handle?.close().catch(() => {
    });
  }
  return { ok: true, value: use(bytes) };
}
var blockingReads = false;
var kept = null;
function isUsingBlockingReads() {
  return blockingReads;
}
function readBlocking(absPath, use) {
  let fd;
  let bytes;
  try {
    fd = openSync(absPath, "r");
    const { size } = fstatSync(fd);
    if (size > MAX_FILE_BYTES) return tooLarge(size);
    bytes = readToEnd(fd, size);
    if (bytes.length > MAX_FILE_BYTES) return tooLarge(bytes.length);
  } catch (error3) {
    return cannotRead(error3);
  } finally {
    if (fd !== void 0) closeQuietly(fd);
  }
  return { ok: true, value: use(bytes) };
}
function readToEnd(fd, size) {
  let buffer = bufferFor(size + 1);
  let length = 0;
  for (; ; ) {
    if (length === buffer.length) {
      if (length > MAX_FILE_BYTES) break;
      const larger = Buffer.allocUnsafe(
        Math.min(2 * length, MAX_FILE_BYTES + 1)
      );
      buffer.copy(larger, 0, 0, length);
      buffer = larger;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) break;
    length += n;
  }
  if (buffer.length <= KEPT_BUFFER_BYTES) kept = buffer;
  return buffer.subarray(0, length);
}
function bufferFor(bytes) {
  if (kept !== null && kept.length >= bytes) return kept;
  if (bytes > KEPT_BUFFER_BYTES) return Buffer.allocUnsafe(bytes);
  const grown = Math.max(
    bytes,
    kept === null ? MIN_BUFFER_BYTES : 2 * kept.length
  );
  return Buffer.allocUnsafe(Math.min(grown, KEPT_BUFFER_BYTES));
}
function closeQuietly(fd) {
  try {
    closeSync(fd);
  } catch {
  }
}
function tooLarge(size) {
  return {
    ok: false,
    diagnostic: {
      severity: "error",
      line: null,
      rule: "unauditable",
      message: `file is ${formatBytes(size)}, larger than the ${formatBytes(MAX_FILE_BYTES)} pin-audit reads, so what an installer reads from it was not audited; keep dependency files under that size`
    }
  };
}
function cannotRead(error3) {
  return {
    ok: false,
    diagnostic: {
      severity: "error",
      line: null,
      message: `cannot read file: ${describeFsError(error3)}`
    }
  };
}
function formatBytes(n) {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MiB` : `${n} bytes`;
}
function describeFsError(error3) {
  const code = error3?.code;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOENT":
      return "no such file";
    case "ELOOP":
      return "too many levels of symbolic links";
    case "EISDIR":
      return "is a directory";
    default:
      return typeof code === "string" ? code : String(error3);
  }
}

// src/discover/discover-walk.ts
async function walk(state, absDir, relDir, ancestors) {
  const entries = await listDirectory(state, absDir, relDir);
  if (entries === null) return;
  const names = new Set(entries.map((e) => e.name));
  const subdirs = [];
  for (const entry of entries) {
    const relPath = relDir ? `${relDir}/${entry.name}` : entry.name;
    const absPath = join6(absDir, entry.name);
    if (entry.isSymbolicLink()) {
      await visitLink(state, entry, relPath, names, ancestors);
      continue;
    }
    if (isTemplateName(entry.name)) {
      noticeTemplate(state, entry, relPath);
      continue;
    }
    if (entry.isDirectory()) {
      if (enters(state, entry.name, relPath))
        subdirs.push(walk(state, absPath, relPath, [...ancestors, absPath]));
    } else if (entry.isFile()) addFile(state, relPath, absPath, names);
  }
  await Promise.all(subdirs);
}
async function listDirectory(state, absDir, relDir) {
  let entries;
  try {
    entries = await readdir(absDir, { withFileTypes: true });
  } catch (error3) {
    state.issues.push({
      severity: "warning",
      path: relDir || ".",
      message: `directory not audited: ${describeFsError(error3)}`
    });
    return null;
  }
  const skipped = relDir === "" ? null : skipByEntries(entries);
  if (skipped === null) return entries;
  state.issues.push({ severity: "notice", path: relDir, message: skipped });
  return null;
}
function enters(state, name2, relPath) {
  const skip = skipByName(name2);
  if (skip !== null && !skip.said) return false;
  if (state.isExcluded(relPath, true)) return false;
  if (skip === null) return true;
  state.issues.push({
    severity: "notice",
    path: relPath,
    message: skip.message
  });
  return false;
}
function noticeTemplate(state, entry, relPath) {
  if (state.isExcluded(relPath, true)) return;
  if (!entry.isDirectory() && !isDependencyTemplate(entry.name)) return;
  state.issues.push({
    severity: "notice",
    path: relPath,
    message: `template ${entry.isDirectory() ? "directory" : "file"} (a \`{{\` or \`{%\` placeholder in its name); not audited: its files are rendered into a project before anything installs them`
  });
}
function addFile(state, relPath, target, names) {
  if (!state.included(relPath) || state.isExcluded(relPath, false)) return;
  const kind = classifyFile(relPath, names);
  if (kind) state.files.push({ path: relPath, absPath: target, kind });
  else if (mayBeCompiledOutput(relPath))
    state.candidates.push({
      path: relPath,
      absPath: target,
      kind: "requirements"
    });
}
async function visitLink(state, entry, relPath, names, ancestors) {
  const link = await followLink(state.rootReal, state.view, relPath, names);
  if (link.issue) state.issues.push(link.issue);
  if (link.kind === "dir" && ancestors.includes(join6(state.rootReal, link.path)))
    state.issues.push({
      severity: "warning",
      path: relPath,
      message: "symbolic link loop (points back to a directory that contains it); not followed"
    });
  if (link.kind !== "file") return;
  if (isTemplateName(entry.name)) noticeTemplate(state, entry, relPath);
  else
    addFile(
      state,
      relPath,
      join6(state.rootReal, ...link.path.split("/")),
      names
    );
}

// src/discover/fs-path-view.ts
import { lstatSync, readlinkSync } from "node:fs";
import { join as join7 } from "node:path";
function fsPathView(rootReal) {
  const abs = (path) => path === "" ? rootReal : join7(rootReal, ...path.split("/"));
  return {
    async lstat(path) {
      try {
        return kindOf(
          isUsingBlockingReads() ? lstatSync(abs(path)) : await lstat(abs(path))
        );
      } catch {
        return "missing";
      }
    },
    async readlink(path) {
      return isUsingBlockingReads() ? readlinkSync(abs(path), "utf8") : readlink(abs(path), "utf8");
    },
    underRoot(absolute) {
      if (absolute === rootReal) return "";
      return absolute.startsWith(`${rootReal}/`) ? absolute.slice(rootReal.length + 1) : null;
    }
  };
}
function kindOf(info2) {
  if (info2.isSymbolicLink()) return "link";
  if (info2.isDirectory()) return "dir";
  return info2.isFile() ? "file" : "other";
}

// src/discover/discover-files.ts
async function discoverFiles(root, options = {}) {
  const rootReal = await realpath(root);
  const included = options.include?.length ? (0, import_picomatch3.default)([...options.include], { dot: true }) : () => true;
  const excluded = options.exclude?.length ? (0, import_picomatch3.default)([...options.exclude], { dot: true }) : () => false;
  const skipped = [];
  const state = {
    rootReal,
    view: fsPathView(rootReal),
    included,
    isExcluded: (path, dir) => {
      const hit = excluded(path) || dir && excluded(`${path}/`);
      if (hit) skipped.push(path);
      return hit;
    },
    files: [],
    issues: [],
    candidates: []
  };
  const scope = options.scope && options.scope !== "." ? options.scope : "";
  const start = scope ? join8(rootReal, scope) : rootReal;
  await walk(state, start, scope, [rootReal, ...scope ? [start] : []]);
  const files = [
    ...state.files,
    ...await keepCompiledOutputs(state.candidates)
  ].sort((a, b) => compareStrings(a.path, b.path));
  const issues = state.issues.sort(
    (a, b) => compareStrings(a.path, b.path) || compareStrings(a.message, b.message)
  );
  return { rootReal, files, issues, excluded: skipped };
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/discover/group-projects.ts
var import_picomatch4 = __toESM(require_picomatch2(), 1);
import { posix as posix4 } from "node:path";

// src/discover/build-install-sets.ts
var LOCK_KINDS = /* @__PURE__ */ new Set(["uv-lock", "poetry-lock", "pylock"]);
function assignInstallSets(projects, parsed) {
  const compiledInputs = /* @__PURE__ */ new Set();
  const byDir = /* @__PURE__ */ new Map();
  const add = (dir, set) => byDir.set(dir, [...byDir.get(dir) ?? [], set]);
  for (const item2 of parsed) {
    if (item2.kind !== "requirements") continue;
    const set = describeRequirementsSet(item2.file.path, item2.value);
    for (const input of set.inputs) compiledInputs.add(input);
    add(dirOf(item2.file.path), set);
  }
  shareInputRequirements(projects, byDir);
  for (const project of projects) {
    const sets = (byDir.get(project.path) ?? []).filter(
      // An input is installed through its compiled output, not by itself.
      (set) => set.kind !== "requirements" || !compiledInputs.has(set.root)
    );
    const pyproject = project.files.find((f) => f.kind === "pyproject");
    if (pyproject !== void 0) {
      const locks = new Set(
        project.files.filter((f) => LOCK_KINDS.has(f.kind)).map((f) => f.path)
      );
      for (const entry of project.locked) locks.add(entry.file);
      sets.unshift({
        kind: "pyproject",
        root: pyproject.path,
        files: [pyproject.path, ...[...locks].sort(compareStrings)],
        constraints: [],
        inputs: []
      });
    } else {
      const locks = project.files.filter((f) => LOCK_KINDS.has(f.kind));
      for (const lock of locks)
        sets.push({
          kind: "pyproject",
          root: lock.path,
          files: [lock.path],
          constraints: [],
          inputs: []
        });
      if (sets.length === 0 && project.files.length > 0)
        sets.push({
          kind: "pyproject",
          root: project.files[0].path,
          files: project.files.map((f) => f.path),
          constraints: [],
          inputs: []
        });
    }
    project.installSets = sets.sort(
      (a, b) => (a.kind === "pyproject" ? 0 : 1) - (b.kind === "pyproject" ? 0 : 1) || compareStrings(a.root, b.root)
    );
  }
}
function describeRequirementsSet(own2, resolved) {
  const constraints = new Set(
    resolved.requirements.filter((r) => r.group === "constraints-file").map((r) => r.file)
  );
  const compiled = resolved.compiled;
  const inputs = new Set(compiled?.inputFiles ?? []);
  const files = [...resolved.files];
  for (const input of compiled?.inputs ?? []) {
    if (!input.found) continue;
    inputs.add(input.path);
    if (!files.includes(input.path)) files.push(input.path);
  }
  for (const c of compiled?.constraintFiles ?? []) constraints.add(c);
  return {
    kind: compiled === void 0 ? "requirements" : "compiled",
    root: own2,
    files,
    constraints: [...constraints].sort(compareStrings),
    inputs: [...inputs].sort(compareStrings),
    ...compiled === void 0 ? {} : {
      compiled: {
        line: compiled.header?.line ?? null,
        missing: compiled.missing,
        extras: compiled.header?.extras ?? [],
        allExtras: compiled.header?.allExtras ?? false
      }
    }
  };
}
function shareInputRequirements(projects, byDir) {
  for (const project of projects)
    for (const set of byDir.get(project.path) ?? []) {
      const foreign = new Set(
        set.inputs.filter((file) => dirOf(file) !== project.path)
      );
      if (foreign.size === 0) continue;
      const known = new Set(
        project.requirements.map((r) => `${r.file}\0${r.line}\0${r.name}`)
      );
      for (const other of projects) {
        if (other === project) continue;
        for (const r of other.requirements) {
          const key = `${r.file}\0${r.line}\0${r.name}`;
          if (!foreign.has(r.file) || known.has(key)) continue;
          known.add(key);
          project.requirements.push(r);
        }
      }
    }
}
function dirOf(path) {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "." : path.slice(0, slash);
}

// src/parse/pyproject-uv.ts
import * as nodePath2 from "node:path";

// src/parse/toml-table-reader.ts
function isTable2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
function describeType(value) {
  if (Array.isArray(value)) return "an array";
  if (value instanceof Date) return "a date";
  if (isTable2(value)) return "a table";
  if (typeof value === "bigint") return "a number";
  return `a ${typeof value}`;
}
function formatPath2(keyPath) {
  let out = "";
  for (const key of keyPath) {
    if (typeof key === "number") out += `[${key}]`;
    else {
      const bare = /^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key);
      out += out === "" ? bare : `.${bare}`;
    }
  }
  return out;
}
var TomlTableReader = class {
  constructor(doc, path) {
    this.doc = doc;
    this.path = path;
    this.root = doc.value;
  }
  doc;
  path;
  diagnostics = [];
  root;
  get(keyPath) {
    let value = this.root;
    for (const key of keyPath) {
      if (typeof key === "number")
        value = Array.isArray(value) ? value[key] : void 0;
      else
        value = isTable2(value) && Object.hasOwn(value, key) ? value[key] : void 0;
      if (value === void 0) return void 0;
    }
    return value;
  }
  line(keyPath) {
    return this.doc.lineOf(keyPath) ?? 1;
  }
  error(keyPath, message, severity = "error") {
    this.diagnostics.push({
      severity,
      line: this.line(keyPath),
      message: `${formatPath2(keyPath)}: ${message}`
    });
  }
  /** The table at keyPath; null (with an error) when something else is there, null when absent. */
  table(keyPath) {
    const value = this.get(keyPath);
    if (value === void 0) return null;
    if (isTable2(value)) return value;
    this.error(keyPath, `must be a table, not ${describeType(value)}`);
    return null;
  }
  array(keyPath) {
    const value = this.get(keyPath);
    if (value === void 0) return null;
    if (Array.isArray(value)) return value;
    this.error(keyPath, `must be an array, not ${describeType(value)}`);
    return null;
  }
  optionalString(keyPath) {
    const value = this.get(keyPath);
    if (value === void 0) return null;
    if (typeof value === "string") return value;
    this.error(keyPath, `must be a string, not ${describeType(value)}`);
    return null;
  }
  stringArray(keyPath) {
    const out = [];
    (this.array(keyPath) ?? []).forEach((item2, index) => {
      if (typeof item2 === "string") out.push(item2);
      else
        this.error(
          [...keyPath, index],
          `must be a string, not ${describeType(item2)}`
        );
    });
    return out;
  }
};

// src/parse/pyproject-uv.ts
function readUvSources(r) {
  const sources = r.table(["tool", "uv", "sources"]);
  const out = [];
  for (const [key, value] of Object.entries(sources ?? {})) {
    const keyPath = ["tool", "uv", "sources", key];
    const entries = Array.isArray(value) ? value.map((entry, index) => [entry, [...keyPath, index]]) : [[value, keyPath]];
    for (const [entry, entryPath] of entries) {
      if (!isTable2(entry)) {
        r.error(
          entryPath,
          `a uv source must be a table, not ${describeType(entry)}`
        );
        continue;
      }
      const reference = ["rev", "tag", "branch"].find(
        (k) => typeof entry[k] === "string"
      );
      out.push({
        name: normalizeName(key),
        ...readSourceKind(r, entry, entryPath),
        reference: reference === void 0 ? null : `${reference}=${entry[reference]}`,
        subdirectory: typeof entry.subdirectory === "string" ? entry.subdirectory : null,
        editable: typeof entry.editable === "boolean" ? entry.editable : null,
        marker: typeof entry.marker === "string" ? entry.marker : null,
        line: r.line(entryPath)
      });
    }
  }
  return out;
}
function readSourceKind(r, entry, entryPath) {
  if (entry.workspace === true) return { kind: "workspace", value: null };
  for (const kind of ["git", "path", "url", "index"]) {
    const value = entry[kind];
    if (value === void 0) continue;
    if (typeof value === "string") return { kind, value };
    r.error(
      [...entryPath, kind],
      `must be a string, not ${describeType(value)}`
    );
    return { kind: "unknown", value: null };
  }
  return { kind: "unknown", value: null };
}
function readUvWorkspace(r) {
  const workspace = r.table(["tool", "uv", "workspace"]);
  if (!workspace) return null;
  return {
    members: r.stringArray(["tool", "uv", "workspace", "members"]),
    exclude: r.stringArray(["tool", "uv", "workspace", "exclude"])
  };
}
function readUvIndexes(r) {
  const out = [];
  (r.array(["tool", "uv", "index"]) ?? []).forEach((entry, index) => {
    const keyPath = ["tool", "uv", "index", index];
    if (!isTable2(entry)) {
      r.error(keyPath, `an index must be a table, not ${describeType(entry)}`);
      return;
    }
    const url2 = r.optionalString([...keyPath, "url"]);
    if (url2 === null) {
      if (entry.url === void 0) r.error(keyPath, "an index needs a url");
      return;
    }
    out.push({
      name: r.optionalString([...keyPath, "name"]),
      url: url2,
      line: r.line(keyPath)
    });
  });
  return out;
}
function applyUvSources(requirements, sources, file) {
  const byName = /* @__PURE__ */ new Map();
  const marked = /* @__PURE__ */ new Map();
  for (const source of sources) {
    if (source.kind === "unknown") continue;
    if (source.kind !== "index")
      byName.set(source.name, [...byName.get(source.name) ?? [], source]);
    marked.set(source.name, [...marked.get(source.name) ?? [], source]);
  }
  if (marked.size === 0) return requirements;
  const base = nodePath2.posix.dirname(file);
  return requirements.map((requirement) => {
    const withMarkers = markSources(
      requirement,
      marked.get(requirement.name),
      base
    );
    const [source, ...others] = byName.get(requirement.name) ?? [];
    if (source === void 0 || requirement.group === "constraint" || requirement.group === "override" || requirement.url !== null || requirement.group.startsWith("poetry"))
      return withMarkers;
    const declared = toRequirementSource(source, base);
    return {
      ...withMarkers,
      url: sourceUrl(source),
      ...others.length === 0 ? { source: declared } : {},
      editable: source.kind === "path" ? source.editable === true : requirement.editable
    };
  });
}
function sourceUrl(source) {
  if (source.kind === "workspace") return null;
  const reference = source.reference?.replace(/^(rev|tag|branch)=/, "");
  if (source.kind !== "git" || reference === void 0 || source.value === null)
    return source.value;
  return `${source.value.startsWith("git+") ? "" : "git+"}${source.value}@${reference}`;
}
function markSources(requirement, sources, base) {
  if (sources === void 0 || !sources.some((s) => s.marker !== null) || requirement.group === "constraint" || requirement.group === "override" || requirement.url !== null || requirement.group.startsWith("poetry"))
    return requirement;
  const markedSources = sources.map((s) => ({
    source: s.kind === "index" ? null : toRequirementSource(s, base),
    marker: s.marker,
    editable: s.kind === "path" ? s.editable === true : requirement.editable
  }));
  return { ...requirement, markedSources };
}
function toRequirementSource(source, base) {
  return {
    kind: source.kind,
    value: source.value,
    reference: source.reference,
    subdirectory: source.subdirectory,
    base
  };
}

// src/discover/workspace-sources.ts
function applyWorkspaceSources(member, memberPyproject, root, rootPyproject) {
  const own2 = new Set(memberPyproject.uv.sources.map((s) => s.name));
  const inherited = rootPyproject.uv.sources.filter((s) => !own2.has(s.name));
  const rootFile = root.files.find((f) => f.kind === "pyproject")?.path;
  const memberFile = member.files.find((f) => f.kind === "pyproject")?.path;
  if (inherited.length === 0 || rootFile === void 0 || memberFile === void 0)
    return;
  const fromMember = member.requirements.filter((r) => r.file === memberFile);
  const applied = applyUvSources(fromMember, inherited, rootFile);
  const replaced = new Map(fromMember.map((r, i) => [r, applied[i] ?? r]));
  member.requirements = member.requirements.map((r) => replaced.get(r) ?? r);
}

// src/discover/group-projects.ts
function groupProjects(files, parsed, report3) {
  const byDir = /* @__PURE__ */ new Map();
  const entryFor = (path) => {
    const dir = dirOf2(path);
    let entry = byDir.get(dir);
    if (!entry) {
      entry = {
        project: {
          path: dir,
          workspace: null,
          files: [],
          requirements: [],
          locked: [],
          requiresPython: null,
          lockMetadata: [],
          pipOptions: []
        },
        pyproject: null,
        uvLock: null
      };
      byDir.set(dir, entry);
    }
    return entry;
  };
  for (const file of files)
    entryFor(file.path).project.files.push({
      path: file.path,
      kind: file.kind
    });
  const seenRequirementKeys = /* @__PURE__ */ new Map();
  const addRequirements = (project, requirements) => {
    const seen = seenRequirementKeys.get(project.path) ?? /* @__PURE__ */ new Set();
    seenRequirementKeys.set(project.path, seen);
    for (const r of requirements) {
      const key = `${r.file}\0${r.line}\0${r.name}\0${r.group}`;
      if (seen.has(key)) continue;
      seen.add(key);
      project.requirements.push(r);
    }
  };
  for (const item2 of parsed)
    addParsedFile(entryFor(item2.file.path), item2, addRequirements);
  linkWorkspaces(byDir, report3);
  for (const entry of byDir.values()) finishProject(entry, byDir);
  const projects = [...byDir.values()].map((e) => e.project).sort((a, b) => compareStrings(a.path, b.path));
  assignInstallSets(projects, parsed);
  return projects;
}
function addParsedFile(entry, item2, addRequirements) {
  const project = entry.project;
  switch (item2.kind) {
    case "pyproject":
      entry.pyproject = item2.value;
      addRequirements(project, item2.value.requirements);
      project.requiresPython = item2.value.requiresPython;
      project.name = item2.value.name;
      if (item2.value.uv.excludeNewer !== null)
        project.excludeNewer = item2.value.uv.excludeNewer;
      if (item2.sources?.length)
        project.packageSources = [
          ...project.packageSources ?? [],
          ...item2.sources
        ];
      if (findDefaultUvIndex(item2.value) !== null)
        project.indexUrl = findDefaultUvIndex(item2.value);
      break;
    case "requirements":
      addRequirements(project, item2.value.requirements);
      append(project.pipOptions, item2.value.options);
      break;
    case "uv-lock":
      entry.uvLock = item2.value;
      append(project.locked, item2.value.packages);
      break;
    case "pylock":
      append(project.locked, item2.value.packages);
      break;
    case "poetry-lock":
      append(project.locked, item2.value.packages);
      break;
  }
}
function finishProject({ project, pyproject, uvLock }, byDir) {
  const lock = uvLock ?? (project.workspace ? byDir.get(project.workspace)?.uvLock : null);
  const ownName = pyproject?.name;
  const root = project.workspace ? byDir.get(project.workspace) : void 0;
  if (root && root.project !== project) {
    if (root.project.excludeNewer)
      project.excludeNewer = root.project.excludeNewer;
    if (root.project.indexUrl) project.indexUrl = root.project.indexUrl;
  }
  if (lock && ownName)
    project.lockMetadata = lock.metadata.filter((m) => m.package === ownName);
  project.files.sort((a, b) => compareStrings(a.path, b.path));
  project.requirements.sort(compareByLocation);
  project.locked.sort(compareByLocation);
}
function linkWorkspaces(byDir, report3) {
  for (const root of byDir.values()) {
    const workspace = root.pyproject?.uv.workspace;
    if (!workspace) continue;
    root.project.workspace = root.project.path;
    const members2 = (0, import_picomatch4.default)(workspace.members.map(stripDotSlash), {
      dot: true
    });
    const excluded = workspace.exclude.length ? (0, import_picomatch4.default)(workspace.exclude.map(stripDotSlash), { dot: true }) : () => false;
    for (const member of byDir.values()) {
      if (member === root || !member.pyproject) continue;
      const rel = relativeDir(root.project.path, member.project.path);
      if (rel === null || !members2(rel) || excluded(rel)) continue;
      if (member.project.workspace && member.project.workspace !== root.project.path) {
        const file = member.project.files.find((f) => f.kind === "pyproject")?.path ?? member.project.path;
        report3(file, {
          severity: "warning",
          line: null,
          message: `member of two uv workspaces (${member.project.workspace} and ${root.project.path}); linked to the first`
        });
        continue;
      }
      member.project.workspace = root.project.path;
      if (root.pyproject)
        applyWorkspaceSources(
          member.project,
          member.pyproject,
          root.project,
          root.pyproject
        );
      if (!member.uvLock && root.uvLock)
        append(member.project.locked, root.uvLock.packages);
    }
  }
}
function findDefaultUvIndex(pyproject) {
  const tables = pyproject.document?.value.tool?.uv?.index;
  if (!Array.isArray(tables)) return null;
  for (const table of tables) {
    if (typeof table !== "object" || table === null) continue;
    const entry = table;
    if (entry.default === true && typeof entry.url === "string")
      return entry.url;
  }
  return null;
}
function stripDotSlash(glob) {
  return glob.replace(/^\.\//, "").replace(/\/+$/, "");
}
function relativeDir(from, to) {
  if (from === ".") return to === "." ? null : to;
  return to.startsWith(`${from}/`) ? to.slice(from.length + 1) : null;
}
function dirOf2(path) {
  const dir = posix4.dirname(path);
  return dir === "" ? "." : dir;
}
function compareByLocation(a, b) {
  return compareStrings(a.file, b.file) || a.line - b.line || compareStrings(a.name, b.name);
}

// src/discover/map-concurrently.ts
async function mapConcurrently(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const workers = Array.from(
    { length: Math.min(limit, items.length) },
    async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await fn(items[index]);
      }
    }
  );
  await Promise.all(workers);
  return results;
}

// src/parse/poetry-ranges.ts
function toGroup(clauses) {
  const group = {
    interval: { low: null, high: null },
    excluded: [],
    wildcards: []
  };
  for (const clause of clauses) {
    const [, op, version3 = ""] = /^(>=|<=|==|!=|>|<)(.+)$/.exec(clause) ?? [];
    if (op === "!=") {
      group.excluded.push(version3);
    } else if (version3.endsWith(".*")) {
      group.wildcards.push(clause);
    } else {
      if (op === ">=" || op === ">" || op === "==") {
        const low = { version: version3, inclusive: op !== ">" };
        if (compareLow(low, group.interval.low) > 0) group.interval.low = low;
      }
      if (op === "<=" || op === "<" || op === "==") {
        const high = { version: version3, inclusive: op !== "<" };
        if (compareHigh(high, group.interval.high) < 0)
          group.interval.high = high;
      }
    }
  }
  return group;
}
function renderGroup(clauses) {
  const group = toGroup(clauses);
  if (isEmptyInterval(group.interval)) return clauses.join(",");
  return [
    renderInterval(group.interval),
    ...group.wildcards,
    ...group.excluded.map((version3) => `!=${version3}`)
  ].filter((clause) => clause !== "").join(",");
}
function mergeUnion(groups) {
  const intervals = [];
  const shapes = groups.map(toGroup);
  for (const { interval, excluded, wildcards } of shapes) {
    if (wildcards.length > 0 || excluded.some((v) => v.endsWith(".*")))
      return null;
    append(intervals, splitAt(interval, excluded));
  }
  const [first] = groups;
  if (intervals.length === 0)
    return first === void 0 ? null : renderGroup(first);
  intervals.sort((a, b) => compareLow(a.low, b.low));
  const merged = [];
  for (const interval of intervals) {
    const last = merged[merged.length - 1];
    if (last !== void 0 && touches(last, interval)) {
      if (compareHigh(interval.high, last.high) > 0) last.high = interval.high;
    } else {
      merged.push({ ...interval });
    }
  }
  const gaps = [];
  for (let i = 1; i < merged.length; i++) {
    const high = merged[i - 1]?.high;
    const low = merged[i]?.low;
    if (!high || !low || high.inclusive || low.inclusive || compareVersions(high.version, low.version) !== 0) {
      return null;
    }
    gaps.push(`!=${high.version}`);
  }
  const hull = {
    low: merged[0]?.low ?? null,
    high: merged[merged.length - 1]?.high ?? null
  };
  return [renderInterval(hull), ...gaps].filter((c) => c !== "").join(",");
}
function splitAt(interval, excluded) {
  let pieces = [interval];
  for (const version3 of excluded) {
    const cut = { version: version3, inclusive: false };
    pieces = pieces.flatMap((piece) => [
      {
        low: piece.low,
        high: compareHigh(cut, piece.high) < 0 ? cut : piece.high
      },
      {
        low: compareLow(cut, piece.low) > 0 ? cut : piece.low,
        high: piece.high
      }
    ]);
  }
  return pieces.filter((piece) => !isEmptyInterval(piece));
}
function isEmptyInterval({ low, high }) {
  if (low === null || high === null) return false;
  const order = compareVersions(low.version, high.version);
  return order > 0 || order === 0 && !(low.inclusive && high.inclusive);
}
function compareLow(a, b) {
  if (a === null || b === null)
    return (a === null ? 0 : 1) - (b === null ? 0 : 1);
  const order = compareVersions(a.version, b.version);
  return order !== 0 ? order : Number(!a.inclusive) - Number(!b.inclusive);
}
function compareHigh(a, b) {
  if (a === null || b === null)
    return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  const order = compareVersions(a.version, b.version);
  return order !== 0 ? order : Number(a.inclusive) - Number(b.inclusive);
}
function touches(last, next) {
  if (last.high === null || next.low === null) return true;
  const order = compareVersions(next.low.version, last.high.version);
  return order < 0 || order === 0 && (last.high.inclusive || next.low.inclusive);
}
function renderInterval({ low, high }) {
  if (low !== null && high !== null && low.inclusive && high.inclusive && compareVersions(low.version, high.version) === 0) {
    return `==${low.version}`;
  }
  const clauses = [];
  if (low !== null) clauses.push(`${low.inclusive ? ">=" : ">"}${low.version}`);
  if (high !== null)
    clauses.push(`${high.inclusive ? "<=" : "<"}${high.version}`);
  return clauses.join(",");
}

// src/parse/poetry-version.ts
var PARTS = new RegExp(
  "^v?(?:([0-9]+)!)?([0-9]+(?:\\.[0-9]+)*)(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?([0-9]*))?(?:-([0-9]+)|[-_.]?(?:post|rev|r)[-_.]?([0-9]*))?([-_.]?dev[-_.]?([0-9]*))?(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?$",
  "i"
);
var ConstraintError = class extends Error {
};
function parsePoetryVersion(raw, constraint) {
  const m = PARTS.exec(raw);
  if (!m)
    throw new ConstraintError(
      `could not parse the version in the Poetry constraint '${constraint}'`
    );
  const epoch = Number(m[1] ?? "0");
  const release = (m[2] ?? "").split(".").map(Number);
  const preLabel = m[3]?.toLowerCase();
  const preKind = preLabel === void 0 ? "" : preLabel.startsWith("a") ? "a" : preLabel.startsWith("b") ? "b" : "rc";
  const pre = preLabel === void 0 ? "" : `${preKind}${Number(m[4] || "0")}`;
  const postNumber = m[5] ?? m[6];
  const post = postNumber === void 0 ? "" : `.post${Number(postNumber || "0")}`;
  const dev = m[7] === void 0 ? "" : `.dev${Number(m[8] || "0")}`;
  const local = m[9] === void 0 ? null : m[9].toLowerCase().replace(/[-_]/g, ".");
  const version3 = { epoch, release, pre, post, dev, local };
  return { ...version3, text: formatVersion(version3) };
}
function formatVersion(version3) {
  const epoch = version3.epoch > 0 ? `${version3.epoch}!` : "";
  const local = version3.local === null ? "" : `+${version3.local}`;
  return `${epoch}${version3.release.join(".")}${version3.pre}${version3.post}${version3.dev}${local}`;
}
function bound(version3, release) {
  const next = {
    epoch: version3.epoch,
    release,
    pre: "",
    post: "",
    dev: "",
    local: null
  };
  return { ...next, text: formatVersion(next) };
}
function nextMajor(version3) {
  const [major = 0, ...rest] = version3.release;
  return bound(version3, [major + 1, ...rest.map(() => 0)]);
}
function nextMinor(version3) {
  const [major = 0, minor, ...rest] = version3.release;
  return bound(version3, [
    major,
    minor === void 0 ? 1 : minor + 1,
    ...rest.map(() => 0)
  ]);
}
function nextPatch(version3) {
  const [major = 0, minor = 0, patch, ...rest] = version3.release;
  return bound(version3, [
    major,
    minor,
    patch === void 0 ? 1 : patch + 1,
    ...rest.map(() => 0)
  ]);
}
function nextBreaking(version3) {
  const [major = 0, minor, patch] = version3.release;
  if (major > 0 || minor === void 0) return nextMajor(version3);
  if (minor > 0 || patch === void 0) return nextMinor(version3);
  return nextPatch(version3);
}

// src/parse/poetry-constraint.ts
var VERSION = "v?(?:(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*(?:[-_.]?(?:alpha|a|beta|b|preview|pre|c|rc)[-_.]?[0-9]*)?(?:-[0-9]+|[-_.]?(?:post|rev|r)[-_.]?[0-9]*)?(?:[-_.]?dev[-_.]?[0-9]*)?)(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?";
var ANY = /^v?[xX*](\.[xX*])*$/i;
var TILDE = new RegExp(`^~(?!=)\\s*(${VERSION})$`, "i");
var TILDE_PEP440 = new RegExp(`^~=\\s*(${VERSION})$`, "i");
var CARET = new RegExp(`^\\^\\s*(${VERSION})$`, "i");
var X_RANGE = /^(!=|==)?\s*v?(\d+(?:\.\d+)?(?:\.\d+)?)(?:\.[xX*])+$/;
var BASIC = new RegExp(
  `^(<>|!=|>=?|<=?|==?)?\\s*(${VERSION}|dev)(\\.\\*)?$`,
  "i"
);
var AND_SEPARATOR = /(?<!^)(?<![~=>< ,]) *(?<!-)[, ](?!-) *(?!,|$)/;
function poetryConstraintToPep440(text3) {
  try {
    if (text3 === "*") return { ok: true, specifier: "" };
    const groups = splitOr(text3.trim()).map(translateGroup);
    const [only] = groups;
    if (only !== void 0 && groups.length === 1)
      return { ok: true, specifier: renderGroup(only) };
    const merged = mergeUnion(groups);
    if (merged !== null) return { ok: true, specifier: merged };
    return {
      ok: false,
      error: `'${text3}' is a union of constraints (||), which one PEP 440 specifier set cannot express`
    };
  } catch (error3) {
    if (error3 instanceof ConstraintError)
      return { ok: false, error: error3.message };
    return {
      ok: false,
      error: `could not read the Poetry constraint '${text3}': ${String(error3)}`
    };
  }
}
function splitOr(text3) {
  const parts = [];
  let from = 0;
  for (let bar = text3.indexOf("|"); bar !== -1; bar = text3.indexOf("|", from)) {
    let start = bar;
    while (start > from && /\s/.test(text3[start - 1])) start--;
    let end = text3[bar + 1] === "|" ? bar + 2 : bar + 1;
    while (end < text3.length && /\s/.test(text3[end])) end++;
    parts.push(text3.slice(from, start));
    from = end;
  }
  parts.push(text3.slice(from));
  return parts;
}
function translateGroup(group) {
  let end = group.length;
  while (end > 0 && group[end - 1] === ",") end--;
  const cleaned = group.slice(0, end).trimEnd();
  return cleaned.split(AND_SEPARATOR).flatMap(translateSingle);
}
function translateSingle(constraint) {
  if (ANY.test(constraint)) return [];
  let m = TILDE.exec(constraint);
  if (m) {
    const version3 = parsePoetryVersion(m[1] ?? "", constraint);
    const high = version3.release.length === 1 ? nextMajor(version3) : nextMinor(version3);
    return range(version3, high, constraint);
  }
  m = TILDE_PEP440.exec(constraint);
  if (m) {
    const version3 = parsePoetryVersion(m[1] ?? "", constraint);
    const high = version3.release.length === 2 ? nextMajor(version3) : nextMinor(version3);
    return range(version3, high, constraint);
  }
  m = CARET.exec(constraint);
  if (m) {
    const version3 = parsePoetryVersion(m[1] ?? "", constraint);
    return range(version3, nextBreaking(version3), constraint);
  }
  m = X_RANGE.exec(constraint);
  if (m) {
    const release = (m[2] ?? "").split(".").map(Number).join(".");
    return [`${m[1] === "!=" ? "!=" : "=="}${release}.*`];
  }
  m = BASIC.exec(constraint);
  if (m) {
    const op = m[1];
    const raw = m[2] ?? "";
    const version3 = parsePoetryVersion(
      raw.toLowerCase() === "dev" ? "0.0-dev" : raw,
      constraint
    );
    if (op === "<" || op === "<=" || op === ">" || op === ">=") {
      if (version3.local !== null)
        throw unsupported(
          constraint,
          "a local version in an ordered comparison"
        );
      return [`${op}${version3.text}`];
    }
    if (m[3] !== void 0) {
      if (version3.pre || version3.post || version3.dev || version3.local !== null) {
        throw unsupported(
          constraint,
          "a wildcard after a pre-, post-, dev- or local version"
        );
      }
      return [`${op === "!=" ? "!=" : "=="}${version3.text}.*`];
    }
    if (op === "!=") return [`!=${version3.text}`];
    return [`==${version3.text}`];
  }
  throw new ConstraintError(
    `could not parse the Poetry version constraint '${constraint}'`
  );
}
function unsupported(constraint, what) {
  return new ConstraintError(
    `'${constraint}' uses ${what}, which PEP 440 cannot express`
  );
}
function range(low, high, constraint) {
  if (low.local !== null)
    throw unsupported(constraint, "a local version as a lower bound");
  return [`>=${low.text}`, `<${high.text}`];
}

// src/parse/toml-fields.ts
function parseTomlLock(text3, path, format) {
  const diagnostics = [];
  try {
    const root = parseTomlFields(
      text3,
      path,
      diagnostics,
      format.name,
      format.unknownKeyHint,
      format.toml
    );
    return {
      value: root === null ? format.empty() : format.read(root),
      diagnostics
    };
  } catch (error3) {
    diagnostics.push({
      severity: "error",
      line: null,
      message: `could not read this ${format.name} (${String(error3)}); its packages are missing from the audit`
    });
    return { value: format.empty(), diagnostics };
  }
}
function parseTomlFields(text3, file, diagnostics, what, unknownKeyHint = "", options = {}) {
  const toml = parseToml(text3, file, options);
  append(diagnostics, toml.diagnostics);
  if (toml.value === null) return null;
  const ctx = {
    doc: toml.value,
    file,
    diagnostics,
    reportedKeys: /* @__PURE__ */ new Set(),
    unknownKeyHint
  };
  return new Fields(ctx, toml.value.value, [], what);
}
var Fields = class _Fields {
  constructor(ctx, fields, at2, what) {
    this.ctx = ctx;
    this.fields = fields;
    this.at = at2;
    this.what = what;
  }
  ctx;
  fields;
  at;
  what;
  named(what) {
    return new _Fields(this.ctx, this.fields, this.at, what);
  }
  keys() {
    return Object.keys(this.fields);
  }
  has(key) {
    return this.fields[key] !== void 0;
  }
  /** 1-based line of the table, or of one of its keys. */
  line(key) {
    return this.ctx.doc.lineOf(key === void 0 ? this.at : [...this.at, key]) ?? 1;
  }
  report(severity, message, key) {
    const at2 = key === void 0 ? this.at : [...this.at, key];
    this.ctx.diagnostics.push({
      severity,
      line: this.ctx.doc.lineOf(at2) ?? null,
      message
    });
  }
  checkKeys(known) {
    for (const key of this.keys()) {
      if (known.has(key)) continue;
      const id = [
        ...this.at.filter((part) => typeof part === "string"),
        key
      ].join(".");
      if (this.ctx.reportedKeys.has(id)) continue;
      this.ctx.reportedKeys.add(id);
      this.report(
        "notice",
        `${this.what}: unknown key \`${key}\` ignored${this.ctx.unknownKeyHint}`,
        key
      );
    }
  }
  /**
   * The string that identifies this entry (a package's `name`). Without one the entry cannot be
   * used: an error says so, naming the entry as `entry` (`"a [[package]]"`), and the result is null.
   */
  requiredString(key, entry) {
    const value = this.fields[key];
    if (typeof value === "string") return value;
    const found = value === void 0 ? `has no \`${key}\`` : `has a \`${key}\` that is ${describeValue(value)}`;
    this.report(
      "error",
      `${entry} ${found}; entry skipped`,
      value === void 0 ? void 0 : key
    );
    return null;
  }
  string(key) {
    const value = this.fields[key];
    if (value === void 0 || typeof value === "string") return value ?? null;
    this.wrongType(key, "a string", value);
    return null;
  }
  integer(key) {
    const value = this.fields[key];
    if (value === void 0) return null;
    if (typeof value === "bigint") return Number(value);
    if (typeof value === "number" && Number.isInteger(value)) return value;
    this.wrongType(key, "an integer", value);
    return null;
  }
  boolean(key) {
    const value = this.fields[key];
    if (value === void 0 || typeof value === "boolean") return value ?? null;
    this.wrongType(key, "a boolean", value);
    return null;
  }
  table(key, what = this.what) {
    const value = this.fields[key];
    if (value === void 0) return null;
    if (isTable2(value))
      return new _Fields(this.ctx, value, [...this.at, key], what);
    this.wrongType(key, "a table", value);
    return null;
  }
  /** The strings of an array; other elements are reported and skipped. */
  strings(key) {
    const result = [];
    this.array(key).forEach((item2, index) => {
      const at2 = [...this.at, key, index];
      if (typeof item2 === "string") result.push({ value: item2, at: at2 });
      else this.skipItem(key, index, "strings", item2);
    });
    return result;
  }
  /** The tables of an array (inline or `[[...]]`); other elements are reported and skipped. */
  tables(key) {
    const result = [];
    this.array(key).forEach((item2, index) => {
      if (isTable2(item2)) {
        result.push(
          new _Fields(this.ctx, item2, [...this.at, key, index], this.what)
        );
      } else this.skipItem(key, index, "tables", item2);
    });
    return result;
  }
  array(key) {
    const value = this.fields[key];
    if (value === void 0) return [];
    if (Array.isArray(value)) return value;
    this.wrongType(key, "an array", value);
    return [];
  }
  wrongType(key, expected, value) {
    this.report(
      "error",
      `${this.what}: \`${key}\` must be ${expected}, found ${describeValue(value)}`,
      key
    );
  }
  skipItem(key, index, expected, item2) {
    this.ctx.diagnostics.push({
      severity: "error",
      line: this.ctx.doc.lineOf([...this.at, key, index]) ?? null,
      message: `${this.what}: \`${key}\` must hold ${expected}, found ${describeValue(item2)}; entry skipped`
    });
  }
};
function normalizeMarker(ctx, marker, at2) {
  const parsed = parsePep508Marker(marker);
  if (parsed.ok) return parsed.value;
  ctx.diagnostics.push({
    severity: "warning",
    line: ctx.doc.lineOf(at2) ?? null,
    message: `marker "${marker}" is not a valid PEP 508 marker: ${parsed.error}`
  });
  return marker;
}
function keySet(keys) {
  return new Set(keys.split(" "));
}
function describeValue(value) {
  if (typeof value === "string") return "a string";
  if (typeof value === "number")
    return Number.isInteger(value) ? "an integer" : "a float";
  if (typeof value === "bigint") return "an integer";
  if (typeof value === "boolean") return "a boolean";
  if (value instanceof TomlDate && !value.isDateTime())
    return value.isDate() ? "a date" : "a time";
  if (value instanceof Date) return "a date-time";
  if (Array.isArray(value)) return "an array";
  if (value === null || value === void 0) return "nothing";
  return "a table";
}

// src/parse/poetry-lock.ts
var TOP_KEYS = keySet("package metadata extras");
var METADATA_KEYS = keySet("lock-version python-versions content-hash files");
var PACKAGE_KEYS = keySet(
  "name version description optional python-versions groups markers files develop source dependencies extras category"
);
var SOURCE_KEYS = keySet(
  "type url reference resolved_reference subdirectory"
);
var DEPENDENCY_KEYS = keySet(
  "version markers optional extras python platform source url git path develop rev branch tag subdirectory allow-prereleases"
);
var SOURCE_TYPES = {
  git: "git",
  url: "url",
  file: "path",
  directory: "directory",
  legacy: "registry"
};
function parsePoetryLock(text3, path) {
  return parseTomlLock(text3, path, {
    name: "poetry.lock",
    empty: emptyPoetryLock,
    read: readPoetryLock
  });
}
function emptyPoetryLock() {
  return { lockVersion: null, contentHash: null, packages: [] };
}
function readPoetryLock(root) {
  const lock = emptyPoetryLock();
  root.checkKeys(TOP_KEYS);
  const metadata = root.table("metadata", "[metadata]");
  if (metadata !== null) {
    metadata.checkKeys(METADATA_KEYS);
    lock.lockVersion = metadata.string("lock-version");
    lock.contentHash = metadata.string("content-hash");
    if (lock.lockVersion !== null && !/^[12](\.\d+)?$/.test(lock.lockVersion)) {
      metadata.report(
        "warning",
        `unknown poetry.lock lock-version "${lock.lockVersion}": results may be incomplete`,
        "lock-version"
      );
    }
  } else if (!root.has("metadata")) {
    root.report(
      "warning",
      "poetry.lock has no [metadata]: results may be incomplete"
    );
  }
  for (const pkg of root.tables("package")) {
    const read = readPackage(pkg);
    if (read !== null) lock.packages.push(read);
  }
  return lock;
}
function readPackage(pkg) {
  const rawName = pkg.requiredString("name", "a [[package]]");
  if (rawName === null) return null;
  pkg = pkg.named(`package "${rawName}"`);
  pkg.checkKeys(PACKAGE_KEYS);
  const version3 = pkg.string("version");
  if (!pkg.has("version"))
    pkg.report("error", `${pkg.what} has no \`version\``);
  const { source, sourceUrl: sourceUrl2 } = readSource(pkg);
  const deps = pkg.table("dependencies");
  const dependencies = deps === null ? [] : readDependencies(deps);
  return {
    name: normalizeName(rawName),
    version: version3,
    source,
    sourceUrl: sourceUrl2,
    marker: readPackageMarkers(pkg),
    dependencies,
    file: pkg.ctx.file,
    line: pkg.line("name")
  };
}
function readSource(pkg) {
  const table = pkg.table("source");
  if (table === null) return { source: "registry", sourceUrl: null };
  table.named(`${pkg.what} [package.source]`).checkKeys(SOURCE_KEYS);
  const type = table.string("type");
  const sourceUrl2 = table.string("url");
  let source = type === null ? "unknown" : SOURCE_TYPES[type] ?? "unknown";
  if (source === "unknown") {
    const found = type === null ? "no `type`" : `the unknown type "${type}"`;
    table.report(
      "warning",
      `${pkg.what}: [package.source] has ${found}; source reported as unknown`
    );
  }
  if (source === "directory" && pkg.boolean("develop") === true) {
    source = "editable";
  }
  return { source, sourceUrl: sourceUrl2 };
}
function readPackageMarkers(pkg) {
  const value = pkg.fields.markers;
  if (value === void 0) return null;
  if (typeof value === "string") {
    return normalizeMarker(pkg.ctx, value, [...pkg.at, "markers"]);
  }
  const groups = pkg.table("markers");
  if (groups === null) return null;
  const markers = [];
  for (const group of groups.keys()) {
    const marker = groups.string(group);
    if (marker === null) continue;
    const normalized = normalizeMarker(pkg.ctx, marker, [...groups.at, group]);
    if (!markers.includes(normalized)) markers.push(normalized);
  }
  if (markers.length <= 1) return markers[0] ?? null;
  return markers.map((marker) => `(${marker})`).join(" or ");
}
function readDependencies(deps) {
  const result = [];
  for (const name2 of deps.keys()) {
    const value = deps.fields[name2];
    const label = `${deps.what} dependency "${name2}"`;
    if (typeof value === "string") {
      result.push({
        name: normalizeName(name2),
        specifier: translateConstraint(deps, name2, value, label),
        marker: null,
        extras: []
      });
    } else if (Array.isArray(value)) {
      for (const entry of deps.named(`${deps.what} [package.dependencies]`).tables(name2)) {
        result.push(readDependencyTable(entry.named(label), name2));
      }
    } else if (isTable2(value)) {
      const table = deps.table(name2, label);
      if (table !== null) result.push(readDependencyTable(table, name2));
    } else {
      deps.report(
        "error",
        `${label} must be a constraint string or a table, found ${describeValue(value)}; entry skipped`,
        name2
      );
    }
  }
  return result;
}
function readDependencyTable(table, rawName) {
  table.checkKeys(DEPENDENCY_KEYS);
  const constraint = table.string("version");
  const specifier = constraint === null ? "" : translateConstraint(table, "version", constraint, table.what);
  const clauses = [];
  const markers = table.string("markers");
  if (markers !== null) clauses.push(markers);
  const python = table.string("python");
  if (python !== null) {
    const marker = pythonMarker(table, python);
    if (marker !== null) clauses.push(marker);
  }
  const platform2 = table.string("platform");
  if (platform2 !== null) {
    clauses.push(`sys_platform == ${JSON.stringify(platform2)}`);
  }
  const joined = clauses.length <= 1 ? clauses[0] ?? null : clauses.map((clause) => `(${clause})`).join(" and ");
  const markerAt = markers !== null ? [...table.at, "markers"] : table.at;
  return {
    name: normalizeName(rawName),
    specifier,
    marker: joined === null ? null : normalizeMarker(table.ctx, joined, markerAt),
    extras: table.strings("extras").map(({ value }) => normalizeName(value))
  };
}
function translateConstraint(at2, key, constraint, label) {
  const translated = poetryConstraintToPep440(constraint);
  if (translated.ok) return translated.specifier;
  at2.report(
    "warning",
    `${label}: constraint "${constraint}" has no PEP 440 equivalent (${translated.error}); read as any version`,
    key
  );
  return "";
}
function pythonMarker(table, constraint) {
  const translated = poetryConstraintToPep440(constraint);
  if (!translated.ok) {
    table.report(
      "warning",
      `${table.what}: python constraint "${constraint}" has no PEP 440 equivalent (${translated.error}); ignored`,
      "python"
    );
    return null;
  }
  if (translated.specifier === "") return null;
  const clauses = [];
  for (const clause of translated.specifier.split(",")) {
    const match = /^(~=|===|==|!=|<=|>=|<|>)(.+)$/.exec(clause.trim());
    if (match === null) {
      table.report(
        "warning",
        `${table.what}: python constraint "${constraint}" could not become a marker; ignored`,
        "python"
      );
      return null;
    }
    clauses.push(`python_version ${match[1]} ${JSON.stringify(match[2])}`);
  }
  return clauses.join(" and ");
}

// src/parse/pylock.ts
var TOP_KEYS2 = keySet(
  "lock-version environments requires-python extras dependency-groups default-groups created-by packages tool"
);
var PACKAGE_KEYS2 = keySet(
  "name version marker requires-python dependencies vcs directory archive index sdist wheels attestation-identities tool"
);
var VCS_KEYS = keySet(
  "type url path requested-revision commit-id subdirectory"
);
var DIRECTORY_KEYS = keySet("path editable subdirectory");
var ARCHIVE_KEYS = keySet("url path size hashes subdirectory upload-time");
var FILE_KEYS = keySet("name upload-time url path size hashes");
function parsePylock(text3, path) {
  return parseTomlLock(text3, path, {
    name: "pylock.toml",
    empty: emptyPylock,
    read: readPylock
  });
}
function emptyPylock() {
  return {
    lockVersion: null,
    requiresPython: null,
    createdBy: null,
    packages: []
  };
}
function readPylock(root) {
  const lock = emptyPylock();
  root.checkKeys(TOP_KEYS2);
  lock.lockVersion = root.string("lock-version");
  if (!root.has("lock-version")) {
    root.report(
      "warning",
      "pylock.toml has no `lock-version`: results may be incomplete"
    );
  } else if (lock.lockVersion !== null && !/^1(\.\d+)?$/.test(lock.lockVersion)) {
    root.report(
      "warning",
      `unknown pylock.toml lock-version "${lock.lockVersion}": results may be incomplete`,
      "lock-version"
    );
  }
  lock.requiresPython = root.string("requires-python");
  lock.createdBy = root.string("created-by");
  for (const pkg of root.tables("packages")) {
    const read = readPackage2(pkg);
    if (read !== null) lock.packages.push(read);
  }
  return lock;
}
function readPackage2(pkg) {
  const rawName = pkg.requiredString("name", "a [[packages]]");
  if (rawName === null) return null;
  pkg = pkg.named(`package "${rawName}"`);
  pkg.checkKeys(PACKAGE_KEYS2);
  const version3 = pkg.string("version");
  const rawMarker = pkg.string("marker");
  const index = pkg.string("index");
  const { source, sourceUrl: sourceUrl2 } = readSource2(pkg, index);
  const dependencies = [];
  for (const dep of pkg.tables("dependencies")) {
    const name2 = dep.fields.name;
    if (typeof name2 !== "string") {
      dep.report(
        "warning",
        `${pkg.what}: a dependency without a string \`name\` cannot be followed; ignored`
      );
      continue;
    }
    const depVersion = dep.string("version");
    dependencies.push({
      name: normalizeName(name2),
      specifier: depVersion === null ? "" : `==${depVersion}`,
      marker: null,
      extras: []
    });
  }
  return {
    name: normalizeName(rawName),
    version: version3,
    source,
    sourceUrl: sourceUrl2,
    marker: rawMarker === null ? null : normalizeMarker(pkg.ctx, rawMarker, [...pkg.at, "marker"]),
    dependencies,
    file: pkg.ctx.file,
    line: pkg.line("name"),
    uploadTime: readUploadTime(pkg),
    index
  };
}
function readSource2(pkg, index) {
  const present = ["vcs", "directory", "archive"].filter((key) => pkg.has(key));
  const hasFiles = pkg.has("sdist") || pkg.has("wheels");
  if (present.length + (hasFiles ? 1 : 0) > 1) {
    const kinds = [...present, ...hasFiles ? ["sdist/wheels"] : []].join(
      ", "
    );
    pkg.report(
      "error",
      `${pkg.what} has more than one source (${kinds}); PEP 751 allows exactly one`
    );
  }
  const vcs = pkg.table("vcs");
  if (vcs !== null) {
    vcs.named(`${pkg.what} vcs`).checkKeys(VCS_KEYS);
    const type = vcs.string("type");
    if (type !== null && type !== "git") {
      vcs.report(
        "notice",
        `${pkg.what}: vcs type "${type}" is reported as a git source`,
        "type"
      );
    }
    return {
      source: "git",
      sourceUrl: vcs.string("url") ?? vcs.string("path")
    };
  }
  const directory = pkg.table("directory");
  if (directory !== null) {
    directory.named(`${pkg.what} directory`).checkKeys(DIRECTORY_KEYS);
    const editable = directory.boolean("editable");
    return {
      source: editable === true ? "editable" : "directory",
      sourceUrl: directory.string("path")
    };
  }
  const archive = pkg.table("archive");
  if (archive !== null) {
    archive.named(`${pkg.what} archive`).checkKeys(ARCHIVE_KEYS);
    const url2 = archive.string("url");
    if (url2 !== null) return { source: "url", sourceUrl: url2 };
    return { source: "path", sourceUrl: archive.string("path") };
  }
  if (hasFiles) return { source: "registry", sourceUrl: index };
  pkg.report(
    "warning",
    `${pkg.what} names no source (vcs, directory, archive, sdist or wheels)`
  );
  return { source: "unknown", sourceUrl: null };
}
function readUploadTime(pkg) {
  const files = [];
  const sdist = pkg.table("sdist");
  if (sdist !== null) files.push(sdist);
  append(files, pkg.tables("wheels"));
  for (const file of files) file.named(`${pkg.what} file`).checkKeys(FILE_KEYS);
  const archive = pkg.fields.archive;
  if (isTable2(archive)) {
    files.push(new Fields(pkg.ctx, archive, [...pkg.at, "archive"], pkg.what));
  }
  let latest2 = null;
  for (const file of files) {
    const value = file.fields["upload-time"];
    if (value === void 0) continue;
    if (!(value instanceof Date) || value instanceof TomlDate && !value.isDateTime()) {
      file.report(
        "warning",
        `${pkg.what}: \`upload-time\` must be a TOML date-time, found ${describeValue(value)}; ignored`,
        "upload-time"
      );
      continue;
    }
    const time3 = value.getTime();
    if (Number.isNaN(time3)) continue;
    if (latest2 === null || time3 > latest2) latest2 = time3;
  }
  return latest2 === null ? null : new Date(latest2).toISOString();
}

// src/parse/entry-limit.ts
var MAX_ENTRIES_PER_FILE = 2e5;
function tooManyEntries(line, installer) {
  return {
    severity: "error",
    line,
    rule: "unauditable",
    message: `more than ${MAX_ENTRIES_PER_FILE.toLocaleString("en-US")} requirements in one file: pin-audit stops reading here, so what ${installer} reads from here on was not audited`
  };
}

// src/parse/markers/marker-atoms.ts
var OTHER = "\0other";
var KNOWN_PLATFORMS = [
  ["win32", "Windows", "nt"],
  ["linux", "Linux", "posix"],
  ["darwin", "Darwin", "posix"],
  ["cygwin", "CYGWIN_NT-10.0", "posix"],
  ["emscripten", "Emscripten", "posix"],
  ["wasi", "WASI", "posix"],
  ["freebsd14", "FreeBSD", "posix"],
  ["openbsd7", "OpenBSD", "posix"],
  ["aix", "AIX", "posix"],
  ["sunos5", "SunOS", "posix"],
  ["android", "Android", "posix"],
  ["ios", "iOS", "posix"]
].map(([sys_platform, platform_system, os_name]) => ({
  sys_platform,
  platform_system,
  os_name
}));
var UV_SYSTEM_TO_PLATFORM = {
  Windows: "win32",
  Darwin: "darwin",
  Linux: "linux"
};
var KNOWN_IMPLEMENTATIONS = [
  ["cpython", "CPython"],
  ["pypy", "PyPy"],
  ["graalpy", "GraalVM"],
  ["ironpython", "IronPython"],
  ["jython", "Jython"]
].map(([implementation_name, platform_python_implementation]) => ({
  implementation_name,
  platform_python_implementation
}));
var PLATFORM_VARIABLES = /* @__PURE__ */ new Set([
  "sys_platform",
  "platform_system",
  "os_name"
]);
var IMPLEMENTATION_VARIABLES = /* @__PURE__ */ new Set([
  "implementation_name",
  "platform_python_implementation"
]);
var ALIASES = {
  python_implementation: "platform_python_implementation"
};
var PYTHON_GRID = (() => {
  const out = [];
  for (let minor = 0; minor <= 7; minor++)
    for (let patch = 0; patch <= 18; patch++) out.push(`2.${minor}.${patch}`);
  for (let minor = 0; minor <= 30; minor++)
    for (let patch = 0; patch <= 30; patch++) out.push(`3.${minor}.${patch}`);
  return out;
})();
function listPythonCandidates(named) {
  const wanted = /* @__PURE__ */ new Set(["2.7.18", "3.30.30"]);
  for (let minor = 0; minor <= 7; minor++) wanted.add(`2.${minor}.0`);
  for (let minor = 0; minor <= 30; minor++) wanted.add(`3.${minor}.0`);
  for (const text3 of named) {
    const release = /^\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(text3);
    if (release === null) continue;
    const major = Number(release[1]);
    const minor = Number(release[2] ?? 0);
    const patch = Number(release[3] ?? 0);
    for (const m of [minor - 1, minor, minor + 1])
      for (const p of [0, patch - 1, patch, patch + 1, 18, 30])
        if (m >= 0 && p >= 0) wanted.add(`${major}.${m}.${p}`);
  }
  gridSet ??= new Set(PYTHON_GRID);
  const grid2 = gridSet;
  return [...wanted].filter((v) => grid2.has(v));
}
var gridSet;
function classifyComparison(node, model) {
  const free = {
    dimension: `free:${node.left.value}${node.op}${node.right.value}`,
    test: (value) => value === true
  };
  const leftIsVariable = node.left.kind === "variable";
  if (leftIsVariable === (node.right.kind === "variable")) return free;
  const rawVariable = leftIsVariable ? node.left.value : node.right.value;
  const variable = ALIASES[rawVariable] ?? rawVariable;
  const literal3 = leftIsVariable ? node.right.value : node.left.value;
  const op = node.op;
  if (variable === "python_version" || variable === "python_full_version") {
    if (!comparesAsVersion(op, literal3, leftIsVariable)) return free;
    const short = variable === "python_version";
    return {
      dimension: "python",
      test: (value) => {
        const full = value;
        const own2 = short ? full.split(".").slice(0, 2).join(".") : full;
        return comparePython(own2, op, literal3, leftIsVariable) ?? false;
      }
    };
  }
  if (variable === "extra") {
    if (op !== "==" && op !== "!=") return free;
    const requested = {
      dimension: `extra:${normalizeName(literal3)}`,
      test: (value) => value === true
    };
    return op === "==" ? requested : { ...requested, test: (v) => v !== true };
  }
  if ((variable === "extras" || variable === "dependency_groups") && !leftIsVariable && (op === "in" || op === "not in")) {
    const prefix = variable === "extras" ? "extra" : "group";
    return {
      dimension: `${prefix}:${normalizeName(literal3)}`,
      test: (value) => value === true === (op === "in")
    };
  }
  const inPlatform = PLATFORM_VARIABLES.has(variable);
  const inImplementation = IMPLEMENTATION_VARIABLES.has(variable);
  const stringTest = makeStringTest(op, literal3, leftIsVariable);
  if (stringTest === null) return free;
  if (inPlatform && !(model === "uv" && variable === "os_name"))
    return {
      dimension: "platform",
      test: (value) => stringTest(value[variable])
    };
  if (inImplementation)
    return {
      dimension: "implementation",
      test: (value) => stringTest(value[variable])
    };
  return {
    dimension: `var:${variable}`,
    test: (value) => stringTest(value)
  };
}
function makeStringTest(op, literal3, variableOnLeft) {
  const known = (value) => value !== OTHER;
  switch (op) {
    case "==":
    case "===":
      return (value) => value === literal3;
    case "!=":
      return (value) => value !== literal3;
    case "in":
      return variableOnLeft ? (value) => known(value) && literal3.includes(value) : (value) => known(value) && value.includes(literal3);
    case "not in":
      return variableOnLeft ? (value) => !(known(value) && literal3.includes(value)) : (value) => !(known(value) && value.includes(literal3));
    default:
      return null;
  }
}
var FLIP = {
  "<": ">",
  ">": "<",
  "<=": ">=",
  ">=": "<=",
  "==": "==",
  "!=": "!=",
  "===": "==="
};
function comparesAsVersion(op, literal3, variableOnLeft) {
  if (op === "in" || op === "not in") return true;
  const effective = variableOnLeft ? op : FLIP[op];
  return effective !== void 0 && parseSpecifierSet(`${effective}${literal3}`).ok;
}
function comparePython(value, op, literal3, variableOnLeft) {
  if (op === "in" || op === "not in") {
    const inside = variableOnLeft ? literal3.includes(value) : value.includes(literal3);
    return op === "in" ? inside : !inside;
  }
  const effective = variableOnLeft ? op : FLIP[op];
  if (effective === void 0) return null;
  const set = parseSpecifierSet(`${effective}${literal3}`);
  return set.ok ? contains(set.value, value, { prereleases: true }) : null;
}
function listCandidates(dimension, literals, model, pythons, requestable) {
  if (dimension === "python") return [...pythons];
  if (dimension === "platform") return listPlatforms(literals, model);
  if (dimension === "implementation") return listImplementations(literals);
  if (dimension.startsWith("extra:") || dimension.startsWith("group:"))
    return requestable(dimension) ? [false, true] : [false];
  if (dimension.startsWith("free:")) return [false, true];
  const variable = dimension.slice("var:".length);
  return [...literals.get(variable) ?? [], OTHER];
}
function listPlatforms(literals, model) {
  const named = (variable) => [
    ...literals.get(variable) ?? []
  ];
  if (model === "uv") {
    const platforms = /* @__PURE__ */ new Set([
      ...named("sys_platform"),
      ...Object.values(UV_SYSTEM_TO_PLATFORM),
      OTHER
    ]);
    const systems = /* @__PURE__ */ new Set([
      ...named("platform_system"),
      ...Object.keys(UV_SYSTEM_TO_PLATFORM),
      OTHER
    ]);
    const out2 = [];
    for (const sys_platform of platforms)
      for (const platform_system of systems) {
        const mapped = UV_SYSTEM_TO_PLATFORM[platform_system];
        const mappedBack = Object.values(UV_SYSTEM_TO_PLATFORM).includes(
          sys_platform
        );
        if (mapped === void 0 ? mappedBack : mapped !== sys_platform)
          continue;
        out2.push({ sys_platform, platform_system, os_name: OTHER });
      }
    return out2;
  }
  const out = [...KNOWN_PLATFORMS];
  for (const variable of PLATFORM_VARIABLES)
    for (const value of named(variable))
      if (!KNOWN_PLATFORMS.some((p) => p[variable] === value))
        out.push({
          sys_platform: OTHER,
          platform_system: OTHER,
          os_name: OTHER,
          [variable]: value
        });
  out.push({ sys_platform: OTHER, platform_system: OTHER, os_name: OTHER });
  return out;
}
function listImplementations(literals) {
  const out = [...KNOWN_IMPLEMENTATIONS];
  for (const variable of IMPLEMENTATION_VARIABLES)
    for (const value of literals.get(variable) ?? [])
      if (!KNOWN_IMPLEMENTATIONS.some((i) => i[variable] === value))
        out.push({
          implementation_name: OTHER,
          platform_python_implementation: OTHER,
          [variable]: value
        });
  out.push({
    implementation_name: OTHER,
    platform_python_implementation: OTHER
  });
  return out;
}
function collectLiteral(node, literals) {
  const leftIsVariable = node.left.kind === "variable";
  if (leftIsVariable === (node.right.kind === "variable")) return;
  const raw = leftIsVariable ? node.left.value : node.right.value;
  const variable = ALIASES[raw] ?? raw;
  const literal3 = leftIsVariable ? node.right.value : node.left.value;
  const set = literals.get(variable) ?? /* @__PURE__ */ new Set();
  const container = leftIsVariable && (node.op === "in" || node.op === "not in");
  for (const value of container ? literal3.split(/[\s,]+/) : [literal3])
    if (value !== "") set.add(value);
  literals.set(variable, set);
}

// src/parse/markers/marker-tree.ts
function tokenize(text3) {
  const tokens = [];
  let i = 0;
  while (i < text3.length) {
    const rest = text3.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const quoted = /^(?:'([^']*)'|"([^"]*)")/.exec(rest);
    if (quoted) {
      tokens.push({ kind: "string", value: quoted[1] ?? quoted[2] ?? "" });
      i += quoted[0].length;
      continue;
    }
    const op = /^(?:===|==|!=|<=|>=|~=|<|>|not\s+in\b|in\b)/.exec(rest);
    if (op) {
      tokens.push({ kind: "op", value: op[0].replace(/\s+/g, " ") });
      i += op[0].length;
      continue;
    }
    const bool = /^(?:and|or)\b/.exec(rest);
    if (bool) {
      tokens.push({ kind: "bool", value: bool[0] });
      i += bool[0].length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest);
    if (word) {
      tokens.push({ kind: "variable", value: word[0].replace(/\./g, "_") });
      i += word[0].length;
      continue;
    }
    if (rest[0] === "(" || rest[0] === ")") {
      tokens.push({ kind: "paren", value: rest[0] });
      i++;
      continue;
    }
    throw new Error(`unexpected ${rest[0]}`);
  }
  return tokens;
}
function parseMarkerTree(text3) {
  const tokens = tokenize(text3);
  let at2 = 0;
  const peek = () => tokens[at2];
  const take = () => {
    const token = tokens[at2++];
    if (token === void 0) throw new Error("unexpected end");
    return token;
  };
  const parseOr = () => {
    let node = parseAnd();
    while (peek()?.kind === "bool" && peek()?.value === "or") {
      take();
      node = { kind: "or", left: node, right: parseAnd() };
    }
    return node;
  };
  const parseAnd = () => {
    let node = parseAtom();
    while (peek()?.kind === "bool" && peek()?.value === "and") {
      take();
      node = { kind: "and", left: node, right: parseAtom() };
    }
    return node;
  };
  const parseAtom = () => {
    const token = take();
    if (token.kind === "paren" && token.value === "(") {
      const inner = parseOr();
      const close = take();
      if (close.kind !== "paren" || close.value !== ")")
        throw new Error("expected )");
      return inner;
    }
    const op = take();
    const right = take();
    if (op.kind !== "op" || token.kind !== "string" && token.kind !== "variable" || right.kind !== "string" && right.kind !== "variable")
      throw new Error("expected a comparison");
    return { kind: "compare", left: token, op: op.value, right };
  };
  const tree = parseOr();
  if (at2 !== tokens.length) throw new Error("trailing input");
  return tree;
}
function listComparisons(node) {
  if (node.kind === "compare") return [node];
  return [...listComparisons(node.left), ...listComparisons(node.right)];
}
var NEGATED = {
  "==": "!=",
  "!=": "==",
  "<": ">=",
  ">=": "<",
  ">": "<=",
  "<=": ">",
  in: "not in",
  "not in": "in"
};
function negateMarker(text3) {
  let tree;
  try {
    tree = parseMarkerTree(text3);
  } catch {
    return null;
  }
  const negate = (node) => {
    if (node.kind === "compare") {
      const op = NEGATED[node.op];
      return op === void 0 ? null : `${printToken(node.left)} ${op} ${printToken(node.right)}`;
    }
    const left = negate(node.left);
    const right = negate(node.right);
    if (left === null || right === null) return null;
    return `(${left}) ${node.kind === "and" ? "or" : "and"} (${right})`;
  };
  return negate(tree);
}
function printToken(token) {
  if (token.kind !== "string") return token.value;
  return token.value.includes('"') ? `'${token.value}'` : `"${token.value}"`;
}

// src/parse/markers/marker-algebra.ts
var EVERYWHERE = { requiresPython: null, extras: null };
var BUDGET = 1e5;
function markersMayMeet(markers, scope = EVERYWHERE) {
  const texts = markers.filter(
    (m) => m !== null && m.trim() !== ""
  );
  if (texts.length === 0 && scope.requiresPython === null) return true;
  const key = `meet${scopeKey(scope)}${texts.join("")}`;
  return answers.get(key, () => {
    const trees = parseAll(texts);
    if (trees === null) return true;
    const answer = search(
      trees,
      scope,
      "reality",
      (values) => values.every(Boolean)
    );
    return answer ?? true;
  });
}
function markerMayHold(marker, scope = EVERYWHERE) {
  return markersMayMeet([marker], scope);
}
function markersEqual(a, b, options = {}) {
  const scope = options.scope ?? EVERYWHERE;
  const model = options.model ?? "reality";
  const texts = [a ?? "", b ?? ""].map((t) => t.trim() === "" ? "" : t);
  const key = `equal${model}${scopeKey(scope)}${texts.join("")}`;
  return answers.get(key, () => {
    const trees = parseAll(texts);
    if (trees === null) return false;
    if (texts[0] === texts[1]) return true;
    const differ = search(trees, scope, model, ([x, y]) => x !== y);
    return differ === null ? false : !differ;
  });
}
var answers = createBoundedCache(5e4);
var pythonsFor = createBoundedCache(1e4);
var TRUE = {
  kind: "compare",
  left: { kind: "string", value: "" },
  op: "==",
  right: { kind: "string", value: "" }
};
function parseAll(texts) {
  try {
    return texts.map((t) => t === "" ? TRUE : parseMarkerTree(t));
  } catch {
    return null;
  }
}
function scopeKey(scope) {
  const extras = scope.extras === null ? "*" : [...new Set(scope.extras.map(normalizeName))].sort().join(",");
  return `${scope.requiresPython ?? ""}${extras}`;
}
function search(trees, scope, model, wanted) {
  const atoms = /* @__PURE__ */ new Map();
  const literals = /* @__PURE__ */ new Map();
  for (const tree of trees)
    for (const node of listComparisons(tree)) {
      if (node === TRUE) continue;
      atoms.set(node, classifyComparison(node, model));
      collectLiteral(node, literals);
    }
  const byDimension = /* @__PURE__ */ new Map();
  for (const atom of atoms.values())
    byDimension.set(atom.dimension, [
      ...byDimension.get(atom.dimension) ?? [],
      atom
    ]);
  if (!byDimension.has("python") && scope.requiresPython !== null)
    byDimension.set("python", []);
  const extras = scope.extras === null ? null : new Set(scope.extras.map(normalizeName));
  const requestable = (dimension) => !dimension.startsWith("extra:") || extras === null || extras.has(dimension.slice("extra:".length));
  const dimensions = [...byDimension.keys()];
  const pythons = supportedPythons(scope.requiresPython, literals);
  const domains = dimensions.map(
    (dimension) => distinctValues(
      listCandidates(dimension, literals, model, pythons, requestable),
      byDimension.get(dimension) ?? []
    )
  );
  if (domains.some((d) => d.length === 0)) return false;
  const combinations = domains.reduce((n, d) => n * d.length, 1);
  if (combinations > BUDGET) return null;
  const world = /* @__PURE__ */ new Map();
  for (let index = 0; index < combinations; index++) {
    let rest = index;
    dimensions.forEach((dimension, i) => {
      const domain = domains[i] ?? [];
      world.set(dimension, domain[rest % domain.length]);
      rest = Math.floor(rest / domain.length);
    });
    const values = trees.map((tree) => evaluate(tree, atoms, world));
    if (wanted(values)) return true;
  }
  return false;
}
function distinctValues(candidates, atoms) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const value of candidates) {
    const signature = atoms.map((atom) => atom.test(value) ? "1" : "0").join("");
    if (seen.has(signature)) continue;
    seen.add(signature);
    out.push(value);
  }
  return out;
}
function evaluate(node, atoms, world) {
  if (node.kind === "compare") {
    const atom = atoms.get(node);
    if (atom === void 0) return true;
    return atom.test(world.get(atom.dimension));
  }
  const left = evaluate(node.left, atoms, world);
  if (node.kind === "and" ? !left : left) return left;
  return evaluate(node.right, atoms, world);
}
function supportedPythons(requiresPython, literals) {
  const named = [
    ...literals.get("python_version") ?? [],
    ...literals.get("python_full_version") ?? [],
    ...(requiresPython ?? "").split(",")
  ].map((text3) => text3.replace(/^[\s<>=!~]+/, ""));
  const key = `${requiresPython === null ? "" : requiresPython}${named.join("")}`;
  return pythonsFor.get(key, () => admittedPythons(requiresPython, named));
}
function admittedPythons(requiresPython, named) {
  const candidates = listPythonCandidates(named);
  const set = requiresPython === null ? null : parseSpecifierSet(requiresPython);
  if (set === null || !set.ok) return candidates;
  const admitted = candidates.filter(
    (v) => contains(set.value, v, { prereleases: true })
  );
  return admitted.length === 0 ? candidates : admitted;
}

// src/parse/poetry-enrich.ts
function enrichProjectDependencies(requirements, poetry, mixedDynamic) {
  const main = poetry.filter((p) => p.group === "poetry");
  const byName = /* @__PURE__ */ new Map();
  for (const p of main) byName.set(p.name, [...byName.get(p.name) ?? [], p]);
  const declared = /* @__PURE__ */ new Set();
  const out = [];
  for (const requirement of requirements) {
    const own2 = requirement.group === "project" || requirement.group.startsWith("optional:");
    const entries = own2 ? byName.get(requirement.name) : void 0;
    if (own2) declared.add(requirement.name);
    append(
      out,
      entries === void 0 ? [requirement] : enrichOne(requirement, entries)
    );
  }
  const undeclared = main.filter((p) => !declared.has(p.name));
  if (mixedDynamic) append(out, undeclared);
  append(
    out,
    poetry.filter((p) => p.group !== "poetry")
  );
  return { requirements: out, ignored: mixedDynamic ? [] : undeclared };
}
function enrichOne(requirement, entries) {
  const extra = requirement.group.startsWith("optional:") ? `extra == "${requirement.group.slice("optional:".length)}"` : null;
  const out = [];
  for (const entry of entries) {
    if (!markersMayMeet([requirement.marker, extra, entry.marker])) continue;
    const specifier = joinSpecifiers(requirement.specifier, entry.specifier);
    if (specifier === null)
      return [requirement, { ...entry, group: requirement.group }];
    const direct = requirement.url !== null;
    out.push({
      ...requirement,
      specifier,
      marker: joinMarkers(requirement.marker, entry.marker),
      url: direct ? requirement.url : entry.url,
      ...direct || entry.source === void 0 ? {} : { source: entry.source },
      editable: entry.editable
    });
  }
  return out.length === 0 ? [requirement] : out;
}
function joinSpecifiers(a, b) {
  const clauses = [.../* @__PURE__ */ new Set([...a.split(","), ...b.split(",")])].filter(
    (c) => c.trim() !== ""
  );
  const text3 = clauses.join(",");
  const parsed = parseSpecifierSet(text3);
  if (!parsed.ok || text3 === "") return text3;
  return isEmpty(parsed.value) ? null : text3;
}
function joinMarkers(a, b) {
  if (a === null || a === b) return b ?? a;
  if (b === null) return a;
  return `(${a}) and (${b})`;
}

// src/parse/poetry-union.ts
function spanPoetryUnion(constraint) {
  const parts = constraint.split(/\|\|?/).map((p) => p.trim());
  if (parts.length < 2 || parts.some((p) => p === "")) return null;
  let lower;
  let upper;
  for (const part of parts) {
    const translated = poetryConstraintToPep440(part);
    if (!translated.ok) return null;
    const bounds = readBounds(translated.specifier);
    if (bounds === null) return null;
    lower = lower === void 0 ? bounds.lower : widest(lower, bounds.lower, -1);
    upper = upper === void 0 ? bounds.upper : widest(upper, bounds.upper, 1);
  }
  const clauses = [
    lower == null ? null : `${lower.inclusive ? ">=" : ">"}${lower.version}`,
    upper == null ? null : `${upper.inclusive ? "<=" : "<"}${upper.version}`
  ].filter((c) => c !== null);
  return clauses.join(",");
}
function readBounds(specifier) {
  let lower = null;
  let upper = null;
  for (const clause of specifier.split(",").filter((c) => c !== "")) {
    const match = /^(>=|>|<=|<|==)([^*]+)$/.exec(clause);
    if (match === null || parseVersion(match[2] ?? "") === null) return null;
    const [, op, version3 = ""] = match;
    if (op === ">=" || op === ">" || op === "==")
      lower = { version: version3, inclusive: op !== ">" };
    if (op === "<=" || op === "<" || op === "==")
      upper = { version: version3, inclusive: op !== "<" };
  }
  return { lower, upper };
}
function widest(a, b, direction) {
  if (a === null || b === null) return null;
  const order = compareVersions(a.version, b.version) * direction;
  if (order !== 0) return order > 0 ? a : b;
  return { version: a.version, inclusive: a.inclusive || b.inclusive };
}

// src/parse/pyproject-poetry.ts
function readPoetryPython(r) {
  const keyPath = ["tool", "poetry", "dependencies", "python"];
  const value = r.get(keyPath);
  if (value === void 0) return null;
  const constraint = isTable2(value) ? value.version : value;
  if (typeof constraint !== "string") {
    r.error(
      keyPath,
      `must be a version constraint string, not ${describeType(constraint)}`
    );
    return null;
  }
  const translated = poetryConstraint(r, constraint, keyPath);
  return translated.kind === "ok" ? translated.specifier : null;
}
function poetryConstraint(r, constraint, keyPath) {
  const translated = poetryConstraintToPep440(constraint);
  if (translated.ok) return { kind: "ok", specifier: translated.specifier };
  const hull = spanPoetryUnion(constraint);
  if (hull !== null) return { kind: "ok", specifier: hull };
  if (translated.error.includes("union")) {
    r.error(
      keyPath,
      `${translated.error}; pin-audit reads it as any version`,
      "warning"
    );
    return { kind: "union" };
  }
  r.error(keyPath, translated.error);
  return { kind: "error" };
}
function readPoetryRequirements(r) {
  const out = [];
  append(
    out,
    poetryDependencyTable(r, ["tool", "poetry", "dependencies"], "poetry")
  );
  append(
    out,
    poetryDependencyTable(
      r,
      ["tool", "poetry", "dev-dependencies"],
      "poetry-group:dev"
    )
  );
  const groups = r.table(["tool", "poetry", "group"]);
  for (const group of Object.keys(groups ?? {})) {
    if (!r.table(["tool", "poetry", "group", group])) continue;
    const keyPath = ["tool", "poetry", "group", group, "dependencies"];
    append(out, poetryDependencyTable(r, keyPath, `poetry-group:${group}`));
  }
  return out;
}
function poetryDependencyTable(r, keyPath, group) {
  const table = r.table(keyPath);
  const out = [];
  for (const [rawName, spec] of Object.entries(table ?? {})) {
    if (normalizeName(rawName) === "python") continue;
    const depPath = [...keyPath, rawName];
    if (Array.isArray(spec)) {
      spec.forEach((entry, index) => {
        const requirement = poetryDependency(
          r,
          rawName,
          entry,
          [...depPath, index],
          group
        );
        if (requirement) out.push(requirement);
      });
    } else {
      const requirement = poetryDependency(r, rawName, spec, depPath, group);
      if (requirement) out.push(requirement);
    }
  }
  return out;
}
function poetryDependency(r, rawName, spec, keyPath, group) {
  const requirement = {
    name: normalizeName(rawName),
    specifier: "",
    extras: [],
    marker: null,
    url: null,
    editable: false,
    hashes: 0,
    group,
    file: r.path,
    line: r.line(keyPath)
  };
  if (typeof spec === "string") {
    const translated = poetryConstraint(r, spec, keyPath);
    if (translated.kind === "error") return null;
    requirement.specifier = translated.kind === "ok" ? translated.specifier : "";
    return requirement;
  }
  if (!isTable2(spec)) {
    r.error(
      keyPath,
      `a Poetry dependency must be a version string or a table, not ${describeType(spec)}`
    );
    return null;
  }
  const version3 = spec.version;
  if (version3 !== void 0) {
    if (typeof version3 === "string") {
      const translated = poetryConstraint(r, version3, [...keyPath, "version"]);
      if (translated.kind === "error") return null;
      requirement.specifier = translated.kind === "ok" ? translated.specifier : "";
    } else
      r.error(
        [...keyPath, "version"],
        `must be a string, not ${describeType(version3)}`
      );
  }
  requirement.extras = r.stringArray([...keyPath, "extras"]).map(normalizeName);
  for (const kind of ["git", "url", "path"]) {
    const value = r.optionalString([...keyPath, kind]);
    if (value !== null && requirement.url === null) requirement.url = value;
  }
  const git = r.optionalString([...keyPath, "git"]);
  const reference = ["rev", "tag", "branch"].map((k) => r.optionalString([...keyPath, k])).find((v) => v !== null);
  if (git !== null && reference != null)
    requirement.url = `${git.startsWith("git+") ? "" : "git+"}${git}@${reference}`;
  requirement.editable = spec.develop === true;
  const marker = poetryMarker(r, keyPath);
  if (marker === false) return null;
  requirement.marker = marker;
  return requirement;
}
function poetryMarker(r, keyPath) {
  const parts = [];
  const markers = r.optionalString([...keyPath, "markers"]);
  if (markers !== null && markers.trim() !== "") parts.push(markers);
  const platform2 = r.optionalString([...keyPath, "platform"]);
  if (platform2 !== null && platform2.trim() !== "")
    parts.push(`sys_platform == ${JSON.stringify(platform2.trim())}`);
  const python = r.optionalString([...keyPath, "python"]);
  if (python !== null) {
    const translated = poetryConstraint(r, python, [...keyPath, "python"]);
    if (translated.kind === "error") return false;
    if (translated.kind === "ok" && translated.specifier !== "") {
      parts.push(pythonMarker2(translated.specifier));
    }
  }
  if (parts.length === 0) return null;
  const text3 = parts.length === 1 ? parts[0] ?? "" : parts.map((part) => `(${part})`).join(" and ");
  const parsed = parsePep508Marker(text3);
  if (parsed.ok) return parsed.value;
  r.error(
    [
      ...keyPath,
      markers !== null ? "markers" : python !== null ? "python" : "platform"
    ],
    `invalid marker '${text3}': ${parsed.error}`
  );
  return false;
}
function pythonMarker2(specifier) {
  return specifier.split(",").map((clause) => {
    const m = /^(===|~=|==|!=|<=|>=|<|>)(.*)$/.exec(clause);
    const op = m?.[1] ?? "==";
    const version3 = m?.[2] ?? clause;
    const release = version3.replace(/\.\*$/, "").split(/[^0-9.]/)[0] ?? "";
    const variable = release.split(".").length > 2 ? "python_full_version" : "python_version";
    return `${variable} ${op} "${version3}"`;
  }).join(" and ");
}

// src/parse/pyproject.ts
function parsePyproject(text3, path) {
  const value = emptyPyproject();
  try {
    const toml = parseToml(text3, path);
    if (toml.value === null) return { value, diagnostics: toml.diagnostics };
    const reader = new PyprojectReader(toml.value, path);
    return { value: reader.read(), diagnostics: reader.diagnostics };
  } catch (error3) {
    const diagnostic = {
      severity: "error",
      line: null,
      message: `could not read pyproject.toml: ${String(error3)}`
    };
    return { value, diagnostics: [diagnostic] };
  }
}
function emptyPyproject() {
  return {
    name: null,
    requiresPython: null,
    requirements: [],
    uv: { workspace: null, sources: [], indexes: [], excludeNewer: null },
    poetry: false,
    pinAudit: null,
    document: null
  };
}
var PyprojectReader = class extends TomlTableReader {
  /** Entries read so far (requirements, invalid entries, included copies), against MAX_ENTRIES_PER_FILE. */
  entries = 0;
  /**
   * How many of `count` more entries still fit under the limit. The first that does not is said once, on its line
   * (`lineOf` of its index among the `count`); nothing after it is read.
   */
  take(count2, lineOf2) {
    const room = MAX_ENTRIES_PER_FILE - this.entries;
    this.entries += count2;
    if (count2 <= room) return count2;
    const kept2 = Math.max(0, room);
    if (room >= 0)
      this.diagnostics.push(tooManyEntries(lineOf2(kept2), "an installer"));
    return kept2;
  }
  read() {
    const result = emptyPyproject();
    result.document = this.doc;
    const requirements = [];
    const project = this.table(["project"]);
    if (project) {
      result.name = this.projectName(["project", "name"]);
      result.requiresPython = this.requiresPython([
        "project",
        "requires-python"
      ]);
      append(
        requirements,
        this.requirementArray(["project", "dependencies"], "project")
      );
      const optional2 = this.table(["project", "optional-dependencies"]);
      for (const extra of Object.keys(optional2 ?? {})) {
        const keyPath = ["project", "optional-dependencies", extra];
        append(
          requirements,
          this.requirementArray(keyPath, `optional:${normalizeName(extra)}`)
        );
      }
    }
    append(requirements, this.dependencyGroups());
    append(
      requirements,
      this.requirementArray(["build-system", "requires"], "build")
    );
    if (this.table(["tool", "uv"])) this.readUv(result, requirements);
    if (this.table(["tool", "poetry"])) this.readPoetry(result, requirements);
    const pinAudit = this.get(["tool", "pin-audit"]);
    if (pinAudit !== void 0)
      result.pinAudit = {
        value: pinAudit,
        line: this.line(["tool", "pin-audit"])
      };
    result.requirements = applyUvSources(
      requirements,
      result.uv.sources,
      this.path
    );
    return result;
  }
  /** `[tool.uv]`: its requirement lists and the settings that change what requirements mean. */
  readUv(result, requirements) {
    const lists = [
      ["dev-dependencies", "dev"],
      ["constraint-dependencies", "constraint"],
      ["override-dependencies", "override"]
    ];
    for (const [key, group] of lists)
      append(requirements, this.requirementArray(["tool", "uv", key], group));
    result.uv.sources = readUvSources(this);
    result.uv.workspace = readUvWorkspace(this);
    result.uv.indexes = readUvIndexes(this);
    result.uv.excludeNewer = this.optionalString([
      "tool",
      "uv",
      "exclude-newer"
    ]);
  }
  /** `[tool.poetry]`; in a Poetry 2 project with [project] dependencies, its dependencies only enrich them. */
  readPoetry(result, requirements) {
    result.poetry = true;
    result.name ??= this.projectName(["tool", "poetry", "name"]);
    const python = readPoetryPython(this);
    result.requiresPython ??= python;
    const poetryRequirements = readPoetryRequirements(this);
    poetryRequirements.length = this.take(
      poetryRequirements.length,
      (index) => poetryRequirements[index].line
    );
    const declares2 = ["dependencies", "optional-dependencies"].filter(
      (key) => Object.keys(this.get(["project", key]) ?? {}).length > 0
    );
    if (declares2.length === 0) {
      append(requirements, poetryRequirements);
      return;
    }
    const dynamic = this.stringArray(["project", "dynamic"]);
    const enriched = enrichProjectDependencies(
      requirements,
      poetryRequirements,
      dynamic.includes("dependencies") || dynamic.includes("optional-dependencies")
    );
    requirements.length = 0;
    append(requirements, enriched.requirements);
    for (const ignored of enriched.ignored)
      this.diagnostics.push({
        severity: "notice",
        line: ignored.line,
        message: `tool.poetry.dependencies.${ignored.name}: Poetry 2 ignores it: with [project] ${declares2.join(" and ")}, [tool.poetry.dependencies] only enriches the packages declared there, and this one is not.`
      });
  }
  // --- PEP 621 / PEP 508 ----------------------------------------------------------------------
  projectName(keyPath) {
    const name2 = this.optionalString(keyPath);
    return name2 === null ? null : normalizeName(name2.trim());
  }
  requiresPython(keyPath) {
    const text3 = this.optionalString(keyPath);
    if (text3 === null) return null;
    const parsed = parsePep508(`python ${text3}`);
    if (!parsed.ok || parsed.value.marker !== null || parsed.value.url !== null || parsed.value.extras.length) {
      const why = parsed.ok ? "it is not a version specifier set" : parsed.error;
      this.error(keyPath, `invalid version specifier '${text3}': ${why}`);
      return null;
    }
    return parsed.value.specifier;
  }
  /** A PEP 508 string at keyPath as a Requirement, or null with an error diagnostic. */
  pep508(text3, keyPath, group) {
    if (this.take(1, () => this.line(keyPath)) === 0) return null;
    if (typeof text3 !== "string") {
      this.error(
        keyPath,
        `must be a PEP 508 requirement string, not ${describeType(text3)}`
      );
      return null;
    }
    const parsed = parsePep508(text3);
    if (!parsed.ok) {
      this.error(keyPath, `invalid requirement '${text3}': ${parsed.error}`);
      return null;
    }
    const { name: name2, specifier, extras, marker, url: url2 } = parsed.value;
    return {
      name: name2,
      specifier,
      extras,
      marker,
      url: url2,
      editable: false,
      hashes: 0,
      group,
      file: this.path,
      line: this.line(keyPath)
    };
  }
  requirementArray(keyPath, group) {
    const out = [];
    (this.array(keyPath) ?? []).forEach((item2, index) => {
      const requirement = this.pep508(item2, [...keyPath, index], group);
      if (requirement) out.push(requirement);
    });
    return out;
  }
  // --- PEP 735 --------------------------------------------------------------------------------
  dependencyGroups() {
    const groups = this.table(["dependency-groups"]);
    if (!groups) return [];
    const byName = /* @__PURE__ */ new Map();
    for (const key of Object.keys(groups)) {
      const name2 = normalizeName(key);
      const earlier = byName.get(name2);
      if (earlier !== void 0) {
        this.error(
          ["dependency-groups", key],
          `duplicate dependency group: '${earlier}' and '${key}' are the same name`
        );
        continue;
      }
      byName.set(name2, key);
    }
    const resolved = /* @__PURE__ */ new Map();
    const resolving = /* @__PURE__ */ new Set();
    const resolve6 = (name2, group) => {
      const key = byName.get(name2) ?? name2;
      const out2 = [];
      resolving.add(name2);
      (this.array(["dependency-groups", key]) ?? []).forEach((item2, index) => {
        const itemPath = ["dependency-groups", key, index];
        if (!isTable2(item2)) {
          const requirement = this.pep508(item2, itemPath, group);
          if (requirement) out2.push(requirement);
          return;
        }
        const include = item2["include-group"];
        const others = Object.keys(item2).filter((k) => k !== "include-group");
        if (typeof include !== "string" || others.length > 0) {
          this.error(
            itemPath,
            'a table in a dependency group must be exactly { include-group = "<group name>" }'
          );
          return;
        }
        const target = normalizeName(include);
        if (!byName.has(target)) {
          this.error(
            itemPath,
            `includes the unknown dependency group '${include}'`
          );
        } else if (resolving.has(target)) {
          this.error(
            itemPath,
            `including '${include}' makes a cycle of dependency groups`
          );
        } else {
          const included = resolved.get(target) ?? resolveOnce(target);
          const count2 = included.length;
          if (this.take(count2, () => this.line(itemPath)) === count2)
            append(
              out2,
              included.map((requirement) => ({ ...requirement, group }))
            );
        }
      });
      resolving.delete(name2);
      return out2;
    };
    const resolveOnce = (name2) => {
      const own2 = resolve6(name2, `group:${name2}`);
      resolved.set(name2, own2);
      return own2;
    };
    const out = [];
    for (const name2 of byName.keys())
      append(out, resolved.get(name2) ?? resolveOnce(name2));
    return out;
  }
};

// src/parse/uv-lock-requirements.ts
import * as nodePath3 from "node:path";
var REQUIREMENT_KEYS = keySet(
  "name specifier marker extras groups editable path git url index directory virtual subdirectory conflict"
);
var REQUIREMENT_URL_KEYS = [
  "git",
  "url",
  "path",
  "directory",
  "editable",
  "virtual"
];
function extraGroup(marker) {
  const extra = marker?.match(/\bextra\s*==\s*(['"])([^'"]*)\1/)?.[2];
  return extra === void 0 ? "project" : `optional:${normalizeName(extra)}`;
}
function devGroup(group) {
  return group === "dev" ? "dev" : `group:${group}`;
}
function readRequirements(parent, key, groupOf) {
  const result = [];
  for (const table of parent.tables(key)) {
    const requirement = readRequirement(table, groupOf);
    if (requirement !== null) result.push(requirement);
  }
  return result;
}
function readRequirement(table, groupOf) {
  const name2 = table.fields.name;
  if (typeof name2 !== "string") {
    table.report(
      "error",
      `${table.what}: a requirement has no string \`name\`; entry skipped`
    );
    return null;
  }
  table = table.named(`${table.what} requirement "${name2}"`);
  table.checkKeys(REQUIREMENT_KEYS);
  const rawSpecifier = table.string("specifier") ?? "";
  const rawMarker = table.string("marker");
  const rawExtras = table.strings("extras").map(({ value }) => value);
  table.string("index");
  let url2 = null;
  let kind = null;
  for (const key of REQUIREMENT_URL_KEYS) {
    if (key === "editable" && typeof table.fields.editable === "boolean")
      continue;
    url2 = table.string(key);
    kind = key;
    if (url2 !== null) break;
  }
  if (url2 !== null && table.fields.editable === true) kind = "editable";
  const editable = typeof table.fields.editable === "string" || table.fields.editable === true;
  const extras = rawExtras.length > 0 ? `[${rawExtras.join(",")}]` : "";
  const marker = rawMarker === null ? "" : ` ; ${rawMarker}`;
  const parsed = parsePep508(`${name2}${extras}${rawSpecifier}${marker}`);
  if (!parsed.ok) {
    table.report(
      "error",
      `${table.what} is not a valid requirement: ${parsed.error}`
    );
  }
  const normalized = parsed.ok ? parsed.value : {
    name: normalizeName(name2),
    specifier: rawSpecifier.replace(/\s+/g, ""),
    extras: rawExtras.map(normalizeName),
    marker: rawMarker
  };
  return {
    name: normalized.name,
    specifier: normalized.specifier,
    extras: normalized.extras,
    marker: normalized.marker,
    url: url2,
    ...url2 === null || kind === null ? {} : {
      source: recordedSource(
        kind,
        url2,
        table.string("subdirectory"),
        table.ctx.file
      )
    },
    editable,
    hashes: 0,
    group: groupOf(normalized.marker),
    file: table.ctx.file,
    line: table.line()
  };
}
function recordedSource(kind, url2, subdirectory, lockFile) {
  const base = nodePath3.posix.dirname(lockFile);
  if (kind !== "git")
    return { kind, value: url2, reference: null, subdirectory, base };
  const [repository = url2, query = ""] = url2.split("#")[0]?.split("?") ?? [];
  const parameters = new URLSearchParams(query);
  const referenceKey = ["rev", "tag", "branch"].find((k) => parameters.has(k));
  return {
    kind,
    value: repository,
    reference: referenceKey === void 0 ? null : `${referenceKey}=${parameters.get(referenceKey)}`,
    subdirectory: parameters.get("subdirectory") ?? subdirectory,
    base
  };
}

// src/parse/uv-lock.ts
var TOP_KEYS3 = keySet(
  "version revision requires-python resolution-markers supported-markers required-markers conflicts options manifest package"
);
var MANIFEST_KEYS = keySet(
  "members requirements constraints overrides excludes build-constraints dependency-groups dependency-metadata"
);
var PACKAGE_KEYS3 = keySet(
  "name version source resolution-markers dependencies optional-dependencies dev-dependencies sdist wheels metadata"
);
var METADATA_KEYS2 = keySet("requires-dist requires-dev provides-extras");
var DEPENDENCY_KEYS2 = keySet("name version source marker extra");
var SOURCE_KINDS = [
  "registry",
  "git",
  "url",
  "path",
  "directory",
  "editable",
  "virtual"
];
var SOURCE_EXTRA_KEYS = keySet("subdirectory");
var UV_FILE = (
  // biome-ignore lint/suspicious/noControlCharactersInRegex: TOML strings cannot hold control characters.
  /\{ url = "[^"\\\u0000-\u001f\u007f]*", hash = "sha256:[0-9a-f]{64}", size = (?:0|[1-9][0-9]{0,15})(?:, upload-time = "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,9})?Z")? \}/
);
var UNREAD_FILES = [
  {
    arrayTable: "package",
    key: "wheels",
    shape: "lines",
    pattern: new RegExp(` *${UV_FILE.source},\\r?\\n`, "y")
  },
  {
    arrayTable: "package",
    key: "sdist",
    shape: "inline",
    pattern: new RegExp(UV_FILE.source, "y")
  }
];
function parseUvLock(text3, path, options = {}) {
  return parseTomlLock(text3, path, {
    name: "uv.lock",
    unknownKeyHint: " (written by a newer uv?)",
    empty: emptyUvLock,
    read: readUvLock,
    toml: { unread: UNREAD_FILES, onUnreadKey: options.onUnreadKey }
  });
}
function emptyUvLock() {
  return {
    version: null,
    revision: null,
    requiresPython: null,
    resolutionMarkers: [],
    packages: [],
    metadata: [],
    manifest: { members: [], constraints: [], overrides: [], requirements: [] }
  };
}
function readUvLock(root) {
  const lock = emptyUvLock();
  root.checkKeys(TOP_KEYS3);
  lock.version = root.integer("version");
  if (!root.has("version")) {
    root.report(
      "warning",
      "uv.lock has no `version`: results may be incomplete"
    );
  } else if (lock.version !== null && lock.version !== 1) {
    root.report(
      "warning",
      `unknown uv.lock version ${lock.version}: results may be incomplete`,
      "version"
    );
  }
  lock.revision = root.integer("revision");
  lock.requiresPython = root.string("requires-python");
  lock.resolutionMarkers = root.strings("resolution-markers").map(({ value, at: at2 }) => normalizeMarker(root.ctx, value, at2));
  const manifest = root.table("manifest", "[manifest]");
  if (manifest !== null) readManifest(manifest, lock);
  for (const pkg of root.tables("package")) {
    const read = readPackage3(pkg);
    if (read === null) continue;
    lock.packages.push(read.locked);
    if (read.metadata !== null) lock.metadata.push(read.metadata);
  }
  return lock;
}
function readManifest(manifest, lock) {
  manifest.checkKeys(MANIFEST_KEYS);
  lock.manifest.members = manifest.strings("members").map(({ value }) => normalizeName(value));
  lock.manifest.constraints = readRequirements(
    manifest,
    "constraints",
    () => "constraint"
  );
  lock.manifest.overrides = readRequirements(
    manifest,
    "overrides",
    () => "override"
  );
  lock.manifest.requirements = readRequirements(
    manifest,
    "requirements",
    () => "project"
  );
  const groups = manifest.table(
    "dependency-groups",
    "[manifest.dependency-groups]"
  );
  if (groups !== null) {
    for (const group of groups.keys()) {
      append(
        lock.manifest.requirements,
        readRequirements(groups, group, () => devGroup(group))
      );
    }
  }
}
function readPackage3(pkg) {
  const rawName = pkg.requiredString("name", "a [[package]]");
  if (rawName === null) return null;
  const name2 = normalizeName(rawName);
  pkg = pkg.named(`package "${rawName}"`);
  pkg.checkKeys(PACKAGE_KEYS3);
  const version3 = pkg.string("version");
  const { source, sourceUrl: sourceUrl2 } = readSource3(pkg);
  const forks = pkg.strings("resolution-markers").map(({ value, at: at2 }) => normalizeMarker(pkg.ctx, value, at2));
  const marker = forks.length <= 1 ? forks[0] ?? null : orMarkers(forks);
  const dependencies = readDependencyList(pkg, "dependencies", null);
  const scopes = [
    ["optional-dependencies", (extra) => `extra == ${quote(extra)}`],
    [
      "dev-dependencies",
      (group) => `${quote(group)} in dependency_groups`
    ]
  ];
  for (const [key, scope] of scopes) {
    const table = pkg.table(key);
    if (table === null) continue;
    for (const name3 of table.keys()) {
      append(dependencies, readDependencyList(table, name3, scope(name3)));
    }
  }
  const locked = {
    name: intern(name2),
    version: version3 === null ? null : intern(version3),
    source,
    sourceUrl: sourceUrl2 === null ? null : intern(sourceUrl2),
    marker: marker === null ? null : intern(marker),
    dependencies,
    file: pkg.ctx.file,
    line: pkg.line("name")
  };
  const metadata = pkg.table("metadata");
  return {
    locked,
    metadata: metadata === null ? null : readMetadata(metadata, name2)
  };
}
function readSource3(pkg) {
  const table = pkg.table("source");
  if (table === null) {
    if (!pkg.has("source"))
      pkg.report("error", `${pkg.what} has no \`source\``);
    return { source: "unknown", sourceUrl: null };
  }
  const keys = table.keys();
  const kinds = SOURCE_KINDS.filter((kind2) => table.has(kind2));
  const kind = kinds[0];
  if (kind === void 0 || kinds.length > 1) {
    table.report(
      "error",
      `${pkg.what}: \`source\` must have exactly one of ${SOURCE_KINDS.join(", ")} (found ${keys.join(", ") || "no keys"})`
    );
    return { source: "unknown", sourceUrl: null };
  }
  table.named(`${pkg.what} \`source\``).checkKeys(/* @__PURE__ */ new Set([kind, ...SOURCE_EXTRA_KEYS]));
  return { source: kind, sourceUrl: table.string(kind) };
}
function readDependencyList(parent, key, scopeMarker) {
  const result = [];
  for (const dep of parent.tables(key)) {
    const name2 = dep.fields.name;
    if (typeof name2 !== "string") {
      dep.report(
        "error",
        `${dep.what}: a dependency in \`${key}\` has no string \`name\`; entry skipped`
      );
      continue;
    }
    dep.named(`${dep.what} dependency`).checkKeys(DEPENDENCY_KEYS2);
    const version3 = dep.string("version");
    dep.table("source");
    const own2 = dep.string("marker");
    const ownMarker = own2 === null ? null : normalizeMarker(dep.ctx, own2, [...dep.at, "marker"]);
    const marker = andMarkers(dep, ownMarker, scopeMarker);
    result.push({
      name: intern(normalizeName(name2)),
      // uv records a version only when the name alone would be ambiguous (forked resolutions).
      specifier: version3 === null ? "" : `==${version3}`,
      marker: marker === null ? null : intern(marker),
      extras: dep.strings("extra").map(({ value }) => intern(normalizeName(value)))
    });
  }
  return result;
}
function readMetadata(metadata, name2) {
  metadata.named(`${metadata.what} [package.metadata]`).checkKeys(METADATA_KEYS2);
  const requiresDist = readRequirements(metadata, "requires-dist", extraGroup);
  const requiresDev = {};
  const dev = metadata.table("requires-dev");
  if (dev !== null) {
    for (const group of dev.keys()) {
      requiresDev[group] = readRequirements(dev, group, () => devGroup(group));
    }
  }
  return { package: name2, requiresDist, requiresDev };
}
function intern(text3) {
  let copy = interned.get(text3);
  if (copy === void 0) {
    copy = text3.length < 13 ? text3 : [...text3].join("");
    if (interned.size >= INTERNED_LIMIT) interned.clear();
    interned.set(copy, copy);
  }
  return copy;
}
var interned = /* @__PURE__ */ new Map();
var INTERNED_LIMIT = 5e4;
function orMarkers(markers) {
  return markers.map((marker) => `(${marker})`).join(" or ");
}
function andMarkers(at2, own2, scope) {
  if (scope === null) return own2;
  const joined = own2 === null ? scope : `(${own2}) and ${scope}`;
  return normalizeMarker(at2.ctx, joined, at2.at);
}
function quote(value) {
  return value.includes('"') ? `'${value}'` : `"${value}"`;
}

// src/parse/uv-lock-bytes.ts
import { isAscii } from "node:buffer";
var MIN_LOCK_BYTES_TO_ELIDE = 128 * 1024;
function parseUvLockBytes(bytes, path) {
  if (!isAscii(bytes) || bytes.indexOf(0) >= 0) return null;
  const elided = elideFileEntries(bytes);
  if (elided === null) return null;
  const seen = [];
  const result = parseUvLock(elided.text, path, {
    onUnreadKey: (offset) => seen.push(offset)
  });
  return isSubsequence(elided.keyOffsets, seen) ? result : null;
}
function isSubsequence(wanted, seen) {
  let k = 0;
  for (const offset of seen) if (offset === wanted[k]) k++;
  return k === wanted.length;
}
var WHEELS_KEY = Buffer.from("\nwheels = [", "latin1");
var SDIST_KEY = Buffer.from("\nsdist = ", "latin1");
var gathered = Buffer.allocUnsafe(64 * 1024);
var GATHERED_MAX_BYTES = 4 * 1024 * 1024;
function gatherBuffer(size) {
  if (size > GATHERED_MAX_BYTES) return Buffer.allocUnsafe(size);
  if (gathered.length < size) gathered = Buffer.allocUnsafe(size);
  return gathered;
}
function elideFileEntries(bytes) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const out = gatherBuffer(buffer.length);
  const keyOffsets = [];
  let length = 0;
  let copied = 0;
  let wheels = buffer.indexOf(WHEELS_KEY, 0);
  let sdist = buffer.indexOf(SDIST_KEY, 0);
  while (wheels >= 0 || sdist >= 0) {
    const isWheels = wheels >= 0 && (sdist < 0 || wheels < sdist);
    const key = (isWheels ? wheels : sdist) + 1;
    const range2 = isWheels ? elementLinesAfter(buffer, wheels + WHEELS_KEY.length - 1) : inlineEntryAt(buffer, sdist + SDIST_KEY.length);
    let next = key;
    if (range2 !== null) {
      length += buffer.copy(out, length, copied, range2.start);
      keyOffsets.push(length - (range2.start - key));
      if (isWheels) {
        out.fill(LF2, length, length + range2.lines);
        length += range2.lines;
      } else {
        out[length++] = OPEN_BRACE2;
        out[length++] = CLOSE_BRACE2;
      }
      copied = next = range2.end;
    }
    if (isWheels || wheels < next) wheels = buffer.indexOf(WHEELS_KEY, next);
    if (!isWheels || sdist < next) sdist = buffer.indexOf(SDIST_KEY, next);
  }
  if (keyOffsets.length === 0) return null;
  length += buffer.copy(out, length, copied);
  return { text: out.toString("latin1", 0, length), keyOffsets };
}
var LF2 = 10;
var CR2 = 13;
var SPACE2 = 32;
var QUOTE2 = 34;
var COMMA2 = 44;
var CLOSE_BRACKET2 = 93;
var OPEN_BRACE2 = 123;
var CLOSE_BRACE2 = 125;
function elementLinesAfter(bytes, open4) {
  let p = open4 + 1;
  if (bytes[p] === CR2) p++;
  if (bytes[p] !== LF2) return null;
  p++;
  const start = p;
  let count2 = 0;
  while (p < bytes.length && bytes[p] !== CLOSE_BRACKET2) {
    while (bytes[p] === SPACE2) p++;
    p = fileEntryEnd(bytes, p);
    if (p < 0 || bytes[p] !== COMMA2) return null;
    p++;
    if (bytes[p] === CR2) p++;
    if (bytes[p] !== LF2) return null;
    p++;
    count2++;
  }
  return p < bytes.length ? { start, end: p, lines: count2 } : null;
}
function inlineEntryAt(bytes, at2) {
  const end = fileEntryEnd(bytes, at2);
  return end < 0 ? null : { start: at2, end, lines: 0 };
}
var ascii = (text3) => Uint8Array.from(text3, (c) => c.charCodeAt(0));
var URL_OPEN = ascii('{ url = "');
var HASH_OPEN = ascii('", hash = "sha256:');
var SIZE_OPEN = ascii('", size = ');
var UPLOAD_TIME_OPEN = ascii(', upload-time = "');
var CLOSE = ascii(" }");
var TIMESTAMP = Uint8Array.from(
  "0000-00-00T00:00:00",
  (c) => c === "0" ? 0 : c.charCodeAt(0)
);
function fileEntryEnd(bytes, at2) {
  const n = bytes.length;
  let p = literal2(bytes, at2, URL_OPEN);
  if (p < 0) return -1;
  for (; ; ) {
    if (p >= n) return -1;
    const c = bytes[p];
    if (c === QUOTE2) break;
    if (c === 92 || c < 32 || c === 127) return -1;
    p++;
  }
  p = literal2(bytes, p, HASH_OPEN);
  if (p < 0 || p + 64 > n) return -1;
  for (const end = p + 64; p < end; p++) {
    const c = bytes[p];
    if (!(c >= 48 && c <= 57 || c >= 97 && c <= 102)) return -1;
  }
  p = literal2(bytes, p, SIZE_OPEN);
  if (p < 0) return -1;
  p = sizeEnd(bytes, p);
  if (p < 0) return -1;
  if (bytes[p] === COMMA2) {
    p = literal2(bytes, p, UPLOAD_TIME_OPEN);
    if (p < 0) return -1;
    p = timestampEnd(bytes, p);
    if (p < 0 || bytes[p] !== QUOTE2) return -1;
    p++;
  }
  return literal2(bytes, p, CLOSE);
}
function sizeEnd(bytes, p) {
  const first = bytes[p];
  if (first === 48) return p + 1;
  if (first === void 0 || first < 49 || first > 57) return -1;
  const limit = Math.min(p + 16, bytes.length);
  p++;
  while (p < limit && isDigit3(bytes[p])) p++;
  return p;
}
function timestampEnd(bytes, p) {
  if (p + TIMESTAMP.length > bytes.length) return -1;
  for (let k = 0; k < TIMESTAMP.length; k++) {
    const c = bytes[p + k];
    const want = TIMESTAMP[k];
    if (want === 0 ? !isDigit3(c) : c !== want) return -1;
  }
  p += TIMESTAMP.length;
  if (bytes[p] === 46) {
    p++;
    const first = p;
    const limit = Math.min(p + 9, bytes.length);
    while (p < limit && isDigit3(bytes[p])) p++;
    if (p === first) return -1;
  }
  return bytes[p] === 90 ? p + 1 : -1;
}
function literal2(bytes, p, text3) {
  if (p + text3.length > bytes.length) return -1;
  for (let k = 0; k < text3.length; k++) if (bytes[p + k] !== text3[k]) return -1;
  return p + text3.length;
}
function isDigit3(c) {
  return c >= 48 && c <= 57;
}

// src/discover/compiled-output.ts
import { posix as posix6 } from "node:path";
var MANIFEST_INPUTS = /(^|\/)(pyproject\.toml|setup\.py|setup\.cfg)$/;
async function attachCompiledOutput(resolved, path, reader) {
  const header = await reader.header(path);
  let inputs;
  let constraints;
  if (header !== null) {
    const cwd = inferWorkingDirectory(path, header);
    inputs = header.inputs.map((input) => joinPath(cwd, input));
    constraints = header.constraints.map((c) => joinPath(cwd, c));
  } else {
    const input = path.endsWith(".txt") ? `${path.slice(0, -4)}.in` : null;
    if (input === null || !await reader.exists(input)) return;
    inputs = [input];
    constraints = [];
  }
  const compiled = {
    header,
    inputs: [],
    inputFiles: [],
    constraintFiles: [],
    missing: []
  };
  const missing = compiled.missing;
  for (const input of inputs) {
    const found = await reader.exists(input);
    compiled.inputs.push({ path: input, found });
    if (!found) missing.push(input);
    else if (!MANIFEST_INPUTS.test(input))
      merge2(resolved, await reader.resolve(input, false), compiled, "input");
  }
  for (const constraint of constraints) {
    if (!await reader.exists(constraint)) {
      missing.push(constraint);
      continue;
    }
    merge2(
      resolved,
      await reader.resolve(constraint, true),
      compiled,
      "constraint"
    );
  }
  resolved.compiled = compiled;
}
function merge2(into, from, compiled, role) {
  const known = new Set(
    into.requirements.map((r) => `${r.file}\0${r.line}\0${r.name}`)
  );
  for (const r of from.requirements)
    if (!known.has(`${r.file}\0${r.line}\0${r.name}`))
      into.requirements.push(r);
  append(into.options, from.options);
  for (const [file, diagnostics] of from.diagnostics)
    for (const d of diagnostics) report(into, file, d);
  for (const file of from.files) {
    if (!into.files.includes(file)) into.files.push(file);
    const constraintFile = role === "constraint" || from.requirements.some(
      (r) => r.file === file && r.group === "constraints-file"
    );
    const list = constraintFile ? compiled.constraintFiles : compiled.inputFiles;
    if (!list.includes(file)) list.push(file);
  }
}
function report(resolved, file, diagnostic) {
  const list = resolved.diagnostics.get(file) ?? [];
  if (!list.some(
    (d) => d.line === diagnostic.line && d.message === diagnostic.message
  ))
    list.push(diagnostic);
  resolved.diagnostics.set(file, list);
}
function inferWorkingDirectory(path, header) {
  const own2 = posix6.dirname(path);
  const written = header.output ?? header.inputs.find((i) => i.endsWith(".in"))?.replace(/\.in$/, ".txt") ?? null;
  if (written === null || written.startsWith("/")) return own2;
  const normalized = posix6.normalize(written);
  if (normalized === path) return ".";
  if (path.endsWith(`/${normalized}`))
    return path.slice(0, -normalized.length - 1);
  return own2;
}
function joinPath(cwd, target) {
  if (target.startsWith("/")) return target;
  const joined = posix6.normalize(posix6.join(cwd, target));
  return joined.startsWith("../") ? target : joined;
}

// src/discover/dynamic-dependencies.ts
var isTable3 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
async function readDynamicDependencies(document, pyprojectPath, reader) {
  const out = { requirements: [], diagnostics: [] };
  const project = document?.value.project;
  if (!document || !isTable3(project) || !Array.isArray(project.dynamic))
    return out;
  const dynamic = new Set(project.dynamic.filter((d) => typeof d === "string"));
  const own2 = [];
  out.diagnostics.push([pyprojectPath, own2]);
  const context = { document, pyprojectPath, reader, out, own: own2 };
  const tool = isTable3(document.value.tool) ? document.value.tool : {};
  const setuptools = isTable3(tool.setuptools) ? tool.setuptools : {};
  const directives = isTable3(setuptools.dynamic) ? setuptools.dynamic : {};
  if (dynamic.has("dependencies")) {
    const hook = hatchHookDependencies(tool);
    if (directives.dependencies !== void 0)
      await readFiles(
        context,
        directives.dependencies,
        "project",
        "dependencies"
      );
    else if (hook !== null) readHook(context, hook);
    else
      unreadable(
        context,
        "dependencies",
        "pin-audit cannot tell what the build backend computes"
      );
  }
  if (dynamic.has("optional-dependencies")) {
    const optional2 = directives["optional-dependencies"];
    if (!isTable3(optional2))
      unreadable(
        context,
        "optional-dependencies",
        "pin-audit cannot tell what the build backend computes"
      );
    else
      for (const [extra, directive] of Object.entries(optional2))
        await readFiles(
          context,
          directive,
          `optional:${extra}`,
          `optional-dependencies.${extra}`
        );
  }
  return out;
}
function unreadable(context, what, why) {
  context.own.push({
    severity: "error",
    line: context.document.lineOf(["project", "dynamic"]) ?? null,
    rule: "unauditable",
    message: `\`${what}\` is dynamic and ${why}, so what an installer gets was not audited; declare it in [project] or with [tool.setuptools.dynamic] ${what} = { file = [...] }`
  });
}
async function readFiles(context, directive, group, what) {
  const files = isTable3(directive) ? directive.file : void 0;
  const list = typeof files === "string" ? [files] : files;
  if (!Array.isArray(list) || !list.every((f) => typeof f === "string")) {
    unreadable(
      context,
      what,
      "its [tool.setuptools.dynamic] entry is not a `file` list pin-audit can read"
    );
    return;
  }
  const path = context.pyprojectPath;
  const dir = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
  for (const file of list) {
    const resolved = await context.reader.resolve(
      dir ? `${dir}/${file}` : file,
      false
    );
    for (const r of resolved.requirements)
      context.out.requirements.push({ ...r, group });
    append(context.out.diagnostics, resolved.diagnostics);
  }
}
function readHook(context, entries) {
  const { document, pyprojectPath, out, own: own2 } = context;
  const key = [
    "tool",
    "hatch",
    "metadata",
    "hooks",
    "uv-dynamic-versioning",
    "dependencies"
  ];
  entries.forEach((entry, index) => {
    if (typeof entry !== "string") return;
    const line = document.lineOf([...key, index]) ?? null;
    const text3 = withoutTemplateClauses(entry);
    const parsed = text3 === null ? null : parsePep508(text3);
    if (parsed === null || !parsed.ok) {
      own2.push({
        severity: "error",
        line,
        message: `invalid dependency '${entry}'${parsed === null ? "" : `: ${parsed.error}`}`
      });
      return;
    }
    const { name: name2, specifier, extras, url: url2, marker } = parsed.value;
    out.requirements.push({
      name: name2,
      specifier,
      extras,
      url: url2,
      marker,
      editable: false,
      hashes: 0,
      group: "project",
      file: pyprojectPath,
      line: line ?? 1
    });
  });
}
function withoutTemplateClauses(entry) {
  let text3 = entry;
  for (let open4 = text3.indexOf("{{"); open4 !== -1; open4 = text3.indexOf("{{")) {
    const close = text3.indexOf("}}", open4);
    if (close === -1) return null;
    let start = open4;
    while (start > 0 && text3[start - 1] === " ") start--;
    const operatorEnd = start;
    while (start > 0 && "=<>!~".includes(text3[start - 1])) start--;
    if (start === operatorEnd) return null;
    text3 = `${text3.slice(0, start)}${text3.slice(close + 2)}`;
  }
  return text3;
}
function listDynamicFiles(document) {
  const tool = isTable3(document?.value.tool) ? document.value.tool : {};
  const setuptools = isTable3(tool.setuptools) ? tool.setuptools : {};
  const directives = isTable3(setuptools.dynamic) ? setuptools.dynamic : {};
  const optional2 = isTable3(directives["optional-dependencies"]) ? Object.values(directives["optional-dependencies"]) : [];
  return [directives.dependencies, ...optional2].flatMap((directive) => {
    const files = isTable3(directive) ? directive.file : void 0;
    const list = typeof files === "string" ? [files] : files;
    return Array.isArray(list) ? list.filter((f) => typeof f === "string") : [];
  });
}
function hatchHookDependencies(tool) {
  const hatch = isTable3(tool.hatch) ? tool.hatch : {};
  const metadata = isTable3(hatch.metadata) ? hatch.metadata : {};
  const hooks = isTable3(metadata.hooks) ? metadata.hooks : {};
  const hook = hooks["uv-dynamic-versioning"];
  return isTable3(hook) && Array.isArray(hook.dependencies) ? hook.dependencies : null;
}

// src/discover/package-source-settings.ts
var UV_SETTINGS = [
  ["index-url", "index"],
  ["extra-index-url", "index"],
  ["find-links", "find-links"]
];
function readPackageSourceSettings(document, file) {
  if (document === null) return [];
  const found = [];
  const add = (setting, kind, path) => {
    const url2 = valueAt3(document.value, path);
    if (typeof url2 === "string")
      found.push({
        setting,
        kind,
        url: url2,
        file,
        line: document.lineOf(path) ?? 1
      });
  };
  for (const [tablePath, name2] of [
    [["tool", "uv", "index"], "[[tool.uv.index]]"],
    [["tool", "poetry", "source"], "[[tool.poetry.source]]"]
  ])
    forEachIndex(
      document.value,
      tablePath,
      (i) => add(`${name2} url`, "index", [...tablePath, i, "url"])
    );
  for (const table of [
    ["tool", "uv"],
    ["tool", "uv", "pip"]
  ]) {
    const name2 = `[${table.join(".")}]`;
    for (const [key, kind] of UV_SETTINGS) {
      const path = [...table, key];
      if (Array.isArray(valueAt3(document.value, path)))
        forEachIndex(
          document.value,
          path,
          (i) => add(`${name2} ${key}`, kind, [...path, i])
        );
      else add(`${name2} ${key}`, kind, path);
    }
  }
  return found;
}
function forEachIndex(root, path, fn) {
  const value = valueAt3(root, path);
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) fn(i);
}
function valueAt3(root, path) {
  let value = root;
  for (const key of path) {
    if (typeof key === "number")
      value = Array.isArray(value) ? value[key] : void 0;
    else
      value = typeof value === "object" && value !== null && !Array.isArray(value) && Object.hasOwn(value, key) ? value[key] : void 0;
    if (value === void 0) return void 0;
  }
  return value;
}

// src/parse/ascii-text.ts
import { isAscii as isAscii2 } from "node:buffer";
function decodeAscii(bytes) {
  if (!isAscii2(bytes)) return null;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString(
    "latin1"
  );
}

// src/discover/read-text-file.ts
async function readTextFile(absPath) {
  const read = await readFileWith(absPath, decodeText);
  return read.ok ? read.value : read;
}
function decodeText(bytes) {
  if (bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)) {
    return fail(
      "file is UTF-16 encoded; dependency files must be UTF-8 (re-save it as UTF-8)",
      1
    );
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return fail(
      `binary content (a NUL byte at offset ${nul}); this is not a text file`,
      lineAt(bytes, nul)
    );
  }
  try {
    return { ok: true, text: decodeUtf8(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return fail(
      `not valid UTF-8 (byte offset ${offset}); re-save the file as UTF-8`,
      lineAt(bytes, offset)
    );
  }
}
function decodeUtf8(bytes) {
  return decodeAscii(bytes) ?? new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}
function fail(message, line = null) {
  return { ok: false, diagnostic: { severity: "error", line, message } };
}
function lineAt(bytes, offset) {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++)
    if (bytes[i] === 10) line++;
  return line;
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 128 ? 0 : b >= 194 && b <= 223 ? 1 : b >= 224 && b <= 239 ? 2 : b >= 240 && b <= 244 ? 3 : -1;
    if (need < 0) return i;
    const chunk = bytes.subarray(i, i + need + 1);
    if (chunk.length < need + 1) return i;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(chunk);
    } catch {
      return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

// src/discover/parse-discovered-file.ts
async function parseDiscoveredFile(file, reader) {
  if (file.kind === "requirements") {
    const resolved = await reader.resolve(
      file.path,
      isConstraintsFileName(file.path)
    );
    await attachCompiledOutput(resolved, file.path, reader);
    return {
      parsed: { file, kind: "requirements", value: resolved },
      diagnostics: [...resolved.diagnostics]
    };
  }
  if (file.kind === "uv-lock") return parseUvLockFile(file);
  const read = await readTextFile(file.absPath);
  if (!read.ok)
    return { parsed: null, diagnostics: [[file.path, [read.diagnostic]]] };
  const text3 = read.text;
  switch (file.kind) {
    case "pyproject": {
      const result = parsePyproject(text3, file.path);
      const dynamic = await readDynamicDependencies(
        result.value.document,
        file.path,
        reader
      );
      append(
        result.value.requirements,
        applyUvSources(
          dynamic.requirements,
          result.value.uv.sources,
          file.path
        )
      );
      return {
        parsed: {
          file,
          kind: "pyproject",
          value: result.value,
          sources: readPackageSourceSettings(result.value.document, file.path)
        },
        diagnostics: [[file.path, result.diagnostics], ...dynamic.diagnostics]
      };
    }
    case "pylock": {
      const result = parsePylock(text3, file.path);
      return {
        parsed: { file, kind: "pylock", value: result.value },
        diagnostics: [[file.path, result.diagnostics]]
      };
    }
    case "poetry-lock": {
      const result = parsePoetryLock(text3, file.path);
      return {
        parsed: { file, kind: "poetry-lock", value: result.value },
        diagnostics: [[file.path, result.diagnostics]]
      };
    }
  }
}
async function parseUvLockFile(file) {
  const read = await readFileWith(
    file.absPath,
    (bytes) => {
      const fromBytes = bytes.length >= MIN_LOCK_BYTES_TO_ELIDE ? parseUvLockBytes(bytes, file.path) : null;
      if (fromBytes !== null) return { ok: true, result: fromBytes };
      const text3 = decodeText(bytes);
      return text3.ok ? { ok: true, result: parseUvLock(text3.text, file.path) } : text3;
    }
  );
  const parsed = read.ok ? read.value : read;
  if (!parsed.ok)
    return { parsed: null, diagnostics: [[file.path, [parsed.diagnostic]]] };
  const { result } = parsed;
  if (result.value !== null) keepEdgesWithExtras(result.value.packages);
  return {
    parsed: { file, kind: "uv-lock", value: result.value },
    diagnostics: [[file.path, result.diagnostics]]
  };
}
function keepEdgesWithExtras(packages) {
  for (const pkg of packages) {
    if (pkg.dependencies.length === 0) continue;
    if (pkg.dependencies.every((d) => d.extras.length > 0)) continue;
    pkg.dependencies = pkg.dependencies.filter((d) => d.extras.length > 0);
  }
}

// src/discover/parse-pool.ts
import { existsSync as existsSync3 } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
var RECYCLE_HEAP_BYTES = 96 * 1024 * 1024;
var RECYCLE_MIN_FILES = 200;
var WORKER_OLD_GENERATION_MB = 64;
var WORKER_YOUNG_GENERATION_MB = 16;
var DEFAULT_MIN_FILES = 256;
var IN_FLIGHT_PER_WORKER = 4;
function canUseParsePool(options, fileCount) {
  if (!options) return false;
  if (fileCount < (options.minFiles ?? DEFAULT_MIN_FILES)) return false;
  if (countThreads(options) < 1) return false;
  try {
    return existsSync3(fileURLToPath(options.workerUrl));
  } catch {
    return false;
  }
}
function countThreads(options) {
  return options.threads ?? availableParallelism();
}
async function parseInWorkers(files, data, options) {
  if (files.length === 0) return [];
  endShortRunTuning();
  const { Worker: WorkerThread } = await import("node:worker_threads");
  const threads = Math.max(1, Math.min(countThreads(options), files.length));
  return new Promise((resolvePool, rejectPool) => {
    const pool = {
      files,
      data,
      options,
      results: new Array(files.length),
      WorkerThread,
      workers: [],
      intern: createInterner(),
      next: 0,
      retry: [],
      done: 0,
      failed: false,
      fail: (error3) => {
        if (pool.failed) return;
        pool.failed = true;
        for (const worker of pool.workers) void worker.terminate();
        rejectPool(error3 instanceof Error ? error3 : new Error(String(error3)));
      },
      finish: () => {
        for (const w of pool.workers) void w.terminate();
        resolvePool(pool.results);
      }
    };
    for (let t = 0; t < threads; t++) startWorker(pool);
  });
}
function startWorker(pool, capped = true) {
  const { files, options } = pool;
  const recycleBytes = options.recycleHeapBytes ?? RECYCLE_HEAP_BYTES;
  const recycleMinFiles = options.recycleMinFiles ?? RECYCLE_MIN_FILES;
  const worker = new pool.WorkerThread(options.workerUrl, {
    workerData: pool.data,
    resourceLimits: {
      maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB,
      ...capped && {
        maxOldGenerationSizeMb: Math.max(
          16,
          options.oldGenerationMb ?? WORKER_OLD_GENERATION_MB
        )
      }
    }
  });
  pool.workers.push(worker);
  const inHand = /* @__PURE__ */ new Set();
  let parsed = 0;
  let retiring = false;
  let outOfMemory = false;
  const feed = () => {
    const next = takeFile(pool, capped);
    if (next === void 0) return;
    inHand.add(next);
    worker.postMessage({
      index: next,
      file: files[next]
    });
  };
  const replace = (replacementCapped) => {
    pool.workers.splice(pool.workers.indexOf(worker), 1);
    worker.terminate().then(() => {
      if (!pool.failed && (pool.next < files.length || pool.retry.length > 0))
        startWorker(pool, replacementCapped);
    }).catch(pool.fail);
  };
  worker.on("message", (response) => {
    if (pool.failed || outOfMemory) return;
    if (!response.ok) return pool.fail(new Error(response.error));
    inHand.delete(response.index);
    parsed++;
    pool.results[response.index] = restoreOutcome(
      response.outcome,
      pool.intern
    );
    pool.done++;
    if (pool.done === files.length) return pool.finish();
    if (!retiring && parsed >= recycleMinFiles && response.heapBytes > recycleBytes && pool.next < files.length)
      retiring = true;
    if (!retiring) feed();
    else if (inHand.size === 0) replace(true);
  });
  worker.on("error", (error3) => {
    if (!capped || error3.code !== "ERR_WORKER_OUT_OF_MEMORY")
      return pool.fail(error3);
    outOfMemory = true;
    options.onOutOfMemory?.([...inHand].map((i) => files[i]?.path ?? ""));
    append(pool.retry, inHand);
    inHand.clear();
    replace(false);
  });
  worker.on("exit", (code) => {
    const ended = outOfMemory || retiring && inHand.size === 0;
    if (pool.done < files.length && !ended)
      pool.fail(new Error(`parse worker exited with code ${code}`));
  });
  for (let i = 0; i < IN_FLIGHT_PER_WORKER; i++) feed();
}
function takeFile(pool, capped) {
  if (!capped && pool.retry.length > 0) return pool.retry.shift();
  return pool.next < pool.files.length ? pool.next++ : void 0;
}
function restoreOutcome(outcome, intern2) {
  const parsed = outcome.parsed;
  if (parsed === null) return outcome;
  switch (parsed.kind) {
    case "pyproject":
      if (parsed.value.document !== null)
        parsed.value.document.lineOf = () => void 0;
      parsed.value.requirements = parsed.value.requirements.map(
        (r) => restoreRequirement(r, intern2)
      );
      break;
    case "requirements":
      parsed.value.requirements = parsed.value.requirements.map(
        (r) => restoreRequirement(r, intern2)
      );
      break;
    case "pylock":
      for (const l of parsed.value.packages) internLockedPackage(l, intern2);
      break;
    default:
      parsed.value.packages = parsed.value.packages.map(
        (l) => restoreLockedPackage(l, intern2)
      );
  }
  return outcome;
}
var NO_EXTRAS = Object.freeze([]);
var NO_DEPENDENCIES = Object.freeze([]);
function restoreRequirement(r, intern2) {
  const restored = {
    name: intern2(r.name),
    specifier: intern2(r.specifier),
    extras: r.extras.length === 0 ? NO_EXTRAS : r.extras,
    marker: r.marker === null ? null : intern2(r.marker),
    url: r.url,
    editable: r.editable,
    hashes: r.hashes,
    group: intern2(r.group),
    file: intern2(r.file),
    line: r.line
  };
  if (r.source !== void 0) restored.source = r.source;
  if (r.markedSources !== void 0) restored.markedSources = r.markedSources;
  return restored;
}
function internLockedPackage(l, intern2) {
  l.name = intern2(l.name);
  if (l.version !== null) l.version = intern2(l.version);
  l.source = intern2(l.source);
  if (l.sourceUrl !== null) l.sourceUrl = intern2(l.sourceUrl);
  if (l.marker !== null) l.marker = intern2(l.marker);
  l.file = intern2(l.file);
  for (const d of l.dependencies) d.name = intern2(d.name);
}
function restoreLockedPackage(l, intern2) {
  internLockedPackage(l, intern2);
  return {
    name: l.name,
    version: l.version,
    source: l.source,
    sourceUrl: l.sourceUrl,
    marker: l.marker,
    dependencies: l.dependencies.length === 0 ? NO_DEPENDENCIES : l.dependencies,
    file: l.file,
    line: l.line
  };
}
function createInterner() {
  const seen = /* @__PURE__ */ new Map();
  return (text3) => {
    const known = seen.get(text3);
    if (known !== void 0) return known;
    seen.set(text3, text3);
    return text3;
  };
}

// src/discover/include-cycle.ts
function describeCycle(edges) {
  let first = 0;
  edges.forEach((edge, i) => {
    const best = edges[first];
    if (edge.file < best.file || edge.file === best.file && edge.line < best.line)
      first = i;
  });
  const rotated = [...edges.slice(first), ...edges.slice(0, first)];
  const names = [
    ...rotated.map((e) => e.file),
    rotated[0].file
  ].join(" -> ");
  const at2 = rotated[0];
  return {
    file: at2.file,
    diagnostic: {
      severity: "error",
      line: at2.line,
      message: `${at2.flag} include cycle: ${names}`
    }
  };
}

// src/discover/locate-include.ts
import { posix as posix7, relative as relative2, sep as sep2 } from "node:path";
function createLocator(rootReal, boundaryReal) {
  const view = rememberKinds(fsPathView(boundaryReal));
  const prefix = relative2(boundaryReal, rootReal).split(sep2).join("/");
  const toRoot = (path) => prefix === "" ? path : posix7.relative(prefix, path) || ".";
  return async (path) => {
    const resolved = await resolvePath(view, prefix, path);
    if (resolved.ok) {
      if (resolved.kind === "file")
        return { ok: true, relPath: toRoot(resolved.path) };
      return {
        ok: false,
        reason: `'${resolved.path}' is not a file`,
        unauditable: false
      };
    }
    if (resolved.reason === "missing")
      return {
        ok: false,
        reason: `no such file (${resolved.message})`,
        unauditable: false
      };
    return {
      ok: false,
      reason: `${resolved.message}; pip reads it and pin-audit does not, so it was not audited; keep requirements files inside the repository and out of .git and node_modules`,
      unauditable: true
    };
  };
}
var REMEMBERED_KINDS = 4096;
function rememberKinds(view) {
  const kinds = createBoundedCache(REMEMBERED_KINDS);
  return { ...view, lstat: (path) => kinds.get(path, (p) => view.lstat(p)) };
}

// src/discover/requirements-file-cache.ts
import { join as join9 } from "node:path";

// src/model/recent-cache.ts
function createRecentCache(limit) {
  const entries = /* @__PURE__ */ new Map();
  return {
    get(key, compute) {
      let value;
      if (entries.has(key)) {
        value = entries.get(key);
        entries.delete(key);
      } else {
        value = compute(key);
        if (entries.size >= limit)
          entries.delete(entries.keys().next().value);
      }
      entries.set(key, value);
      return value;
    }
  };
}

// src/parse/requirements/decode-pieces.ts
import { isAscii as isAscii3 } from "node:buffer";

// src/parse/requirements/decode-requirements.ts
var ALIASES2 = {
  "646": "ascii",
  ansi_x3_4_1968: "ascii",
  ansi_x3_4_1986: "ascii",
  "ansi_x3.4_1968": "ascii",
  "ansi_x3.4_1986": "ascii",
  cp367: "ascii",
  csascii: "ascii",
  ibm367: "ascii",
  iso646_us: "ascii",
  "iso_646.irv_1991": "ascii",
  iso_646_irv_1991: "ascii",
  iso_ir_6: "ascii",
  us: "ascii",
  us_ascii: "ascii",
  "8859": "latin_1",
  cp819: "latin_1",
  csisolatin1: "latin_1",
  ibm819: "latin_1",
  iso8859: "latin_1",
  iso8859_1: "latin_1",
  iso_8859_1: "latin_1",
  iso_8859_1_1987: "latin_1",
  iso_ir_100: "latin_1",
  l1: "latin_1",
  latin: "latin_1",
  latin1: "latin_1",
  u16: "utf_16",
  utf16: "utf_16",
  unicodebigunmarked: "utf_16_be",
  utf_16be: "utf_16_be",
  unicodelittleunmarked: "utf_16_le",
  utf_16le: "utf_16_le",
  u32: "utf_32",
  utf32: "utf_32",
  utf_32be: "utf_32_be",
  utf_32le: "utf_32_le",
  cp65001: "utf_8",
  u8: "utf_8",
  utf: "utf_8",
  utf8: "utf_8",
  utf8_ucs2: "utf_8",
  utf8_ucs4: "utf_8"
};
var CODECS = /* @__PURE__ */ new Set([
  "utf_8",
  "utf_8_sig",
  "ascii",
  "latin_1",
  "utf_16",
  "utf_16_le",
  "utf_16_be",
  "utf_32",
  "utf_32_le",
  "utf_32_be"
]);
var BOMS = [
  [[239, 187, 191], "utf_8"],
  [[255, 254], "utf_16"],
  [[254, 255], "utf_16_be"],
  [[255, 254], "utf_16_le"],
  [[255, 254, 0, 0], "utf_32"],
  [[0, 0, 254, 255], "utf_32_be"],
  [[255, 254, 0, 0], "utf_32_le"]
];
function decodeRequirementsBytes(bytes) {
  for (const [bom, codec2] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b))
      return decodeWith(codec2, bytes.subarray(bom.length), codec2);
  }
  const declared = codingDeclaration(bytes);
  if (declared === null) return decodeDefault(bytes);
  const codec = lookupCodec(declared.name);
  if (codec === null)
    return {
      ok: false,
      unauditable: true,
      line: declared.line,
      message: `declares the encoding '${declared.name}', which pip honours and pin-audit does not decode, so pip may read other requirements than the text shows; save the file as UTF-8 and remove the coding declaration`
    };
  return decodeWith(codec, bytes, declared.name);
}
function codingDeclaration(bytes) {
  let start = 0;
  for (let line = 1; line <= 2 && start <= bytes.length; line++) {
    let end = bytes.indexOf(10, start);
    if (end === -1) end = bytes.length;
    if (bytes[start] === 35) {
      const name2 = searchCoding(bytes.subarray(start, end));
      if (name2 !== null) return { name: name2, line };
    }
    start = end + 1;
  }
  return null;
}
var isWordByte = (b) => b >= 48 && b <= 57 || b >= 65 && b <= 90 || b >= 97 && b <= 122 || b === 95 || b === 45 || b === 46;
var isSpaceByte = (b) => b === 32 || b >= 9 && b <= 13;
var CODING = [99, 111, 100, 105, 110, 103];
function searchCoding(line) {
  for (let at2 = line.indexOf(99); at2 !== -1; at2 = line.indexOf(99, at2 + 1)) {
    if (!CODING.every((b, i2) => line[at2 + i2] === b)) continue;
    let i = at2 + CODING.length;
    if (line[i] !== 58 && line[i] !== 61) continue;
    i++;
    while (i < line.length && isSpaceByte(line[i])) i++;
    let end = i;
    while (end < line.length && isWordByte(line[end])) end++;
    if (end > i) return new TextDecoder().decode(line.subarray(i, end));
  }
  return null;
}
function lookupCodec(name2) {
  const norm = name2.toLowerCase().replace(/[^a-z0-9.]+/g, "_").replace(/^_|_$/g, "");
  const codec = ALIASES2[norm] ?? ALIASES2[norm.replaceAll(".", "_")] ?? (CODECS.has(norm) ? norm : null);
  return codec ?? null;
}
function decodeDefault(bytes) {
  const nul = bytes.indexOf(0);
  if (nul !== -1)
    return {
      ok: false,
      unauditable: false,
      line: lineOf(bytes, nul),
      message: `binary content (a NUL byte at offset ${nul}); this is not a text file`
    };
  const text3 = decodeAscii(bytes) ?? strictDecode("utf-8", bytes);
  if (text3 !== null) return { ok: true, text: text3, encoding: "utf_8" };
  const lenient = new TextDecoder("utf-8").decode(bytes);
  const bad = lenient.indexOf("\uFFFD");
  return {
    ok: false,
    unauditable: false,
    line: bad === -1 ? null : lenient.slice(0, bad).split("\n").length,
    message: "not valid UTF-8, so pip cannot read it either; re-save the file as UTF-8"
  };
}
function lineOf(bytes, offset) {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++)
    if (bytes[i] === 10) line++;
  return line;
}
function decodeWith(codec, bytes, label) {
  const text3 = decodeCodec(codec, bytes);
  if (text3 === null)
    return {
      ok: false,
      unauditable: false,
      line: null,
      message: `not valid ${label} text, so pip cannot read it either; re-save the file as UTF-8`
    };
  return { ok: true, text: text3, encoding: codec };
}
function decodeCodec(codec, bytes) {
  switch (codec) {
    case "utf_8":
      return strictDecode("utf-8", bytes);
    case "utf_8_sig": {
      const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
      return strictDecode("utf-8", bom ? bytes.subarray(3) : bytes);
    }
    case "ascii":
      return bytes.every((b) => b < 128) ? latin1(bytes) : null;
    case "latin_1":
      return latin1(bytes);
    case "utf_16":
      if (bytes[0] === 254 && bytes[1] === 255)
        return strictDecode("utf-16be", bytes.subarray(2));
      if (bytes[0] === 255 && bytes[1] === 254)
        return strictDecode("utf-16le", bytes.subarray(2));
      return strictDecode("utf-16le", bytes);
    case "utf_16_le":
      return strictDecode("utf-16le", bytes);
    case "utf_16_be":
      return strictDecode("utf-16be", bytes);
    case "utf_32":
      if (startsWith(bytes, [0, 0, 254, 255]))
        return decodeUtf32(bytes.subarray(4), false);
      if (startsWith(bytes, [255, 254, 0, 0]))
        return decodeUtf32(bytes.subarray(4), true);
      return decodeUtf32(bytes, true);
    case "utf_32_le":
      return decodeUtf32(bytes, true);
    case "utf_32_be":
      return decodeUtf32(bytes, false);
  }
}
function startsWith(bytes, prefix) {
  return prefix.every((b, i) => bytes[i] === b);
}
function strictDecode(encoding, bytes) {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(
      bytes
    );
  } catch {
    return null;
  }
}
function latin1(bytes) {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192)
    out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}
function decodeUtf32(bytes, littleEndian) {
  if (bytes.length % 4 !== 0) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const points = [];
  for (let i = 0; i < bytes.length; i += 4) {
    const point = view.getUint32(i, littleEndian);
    if (point > 1114111 || point >= 55296 && point <= 57343) return null;
    points.push(point);
  }
  let out = "";
  for (let i = 0; i < points.length; i += 8192)
    out += String.fromCodePoint(...points.slice(i, i + 8192));
  return out;
}

// src/parse/requirements/decode-pieces.ts
var PIECE_BYTES = 64 * 1024;
var ASCII_COMPATIBLE = /* @__PURE__ */ new Set(["utf_8", "utf_8_sig", "ascii", "latin_1"]);
function decodeRequirementsPieces(bytes) {
  if (bytes.length >= 2 * PIECE_BYTES && readsAsAscii(bytes))
    return { ok: true, pieces: asciiPieces(bytes) };
  const decoded = decodeRequirementsBytes(bytes);
  return decoded.ok ? { ok: true, pieces: [decoded.text] } : decoded;
}
function readsAsAscii(bytes) {
  if (!isAscii3(bytes) || bytes.indexOf(0) >= 0) return false;
  const declared = codingDeclaration(bytes);
  if (declared === null) return true;
  const codec = lookupCodec(declared.name);
  return codec !== null && ASCII_COMPATIBLE.has(codec);
}
function asciiPieces(bytes) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const pieces = [];
  let start = 0;
  while (start < buffer.length) {
    const lineEnd = buffer.indexOf(10, start + PIECE_BYTES);
    const end = lineEnd === -1 ? buffer.length : lineEnd + 1;
    pieces.push(buffer.toString("latin1", start, end));
    start = end;
  }
  return pieces;
}

// src/parse/requirements/option-table.ts
var OPTION_SPECS = [
  {
    name: "--index-url",
    short: ["-i"],
    long: ["--index-url", "--pypi-url"],
    dest: "index_url",
    takesValue: true
  },
  {
    name: "--extra-index-url",
    short: [],
    long: ["--extra-index-url"],
    dest: "extra_index_urls",
    takesValue: true
  },
  {
    name: "--no-index",
    short: [],
    long: ["--no-index"],
    dest: "no_index",
    takesValue: false
  },
  {
    name: "--constraint",
    short: ["-c"],
    long: ["--constraint"],
    dest: "constraints",
    takesValue: true
  },
  {
    name: "--requirement",
    short: ["-r"],
    long: ["--requirement"],
    dest: "requirements",
    takesValue: true
  },
  {
    name: "--editable",
    short: ["-e"],
    long: ["--editable"],
    dest: "editables",
    takesValue: true
  },
  {
    name: "--find-links",
    short: ["-f"],
    long: ["--find-links"],
    dest: "find_links",
    takesValue: true
  },
  {
    name: "--no-binary",
    short: [],
    long: ["--no-binary"],
    dest: "no_binary",
    takesValue: true,
    check: checkFormatControl
  },
  {
    name: "--only-binary",
    short: [],
    long: ["--only-binary"],
    dest: "only_binary",
    takesValue: true,
    check: checkFormatControl
  },
  {
    name: "--prefer-binary",
    short: [],
    long: ["--prefer-binary"],
    dest: "prefer_binary",
    takesValue: false
  },
  {
    name: "--require-hashes",
    short: [],
    long: ["--require-hashes"],
    dest: "require_hashes",
    takesValue: false
  },
  { name: "--pre", short: [], long: ["--pre"], dest: "pre", takesValue: false },
  {
    name: "--trusted-host",
    short: [],
    long: ["--trusted-host"],
    dest: "trusted_hosts",
    takesValue: true
  },
  {
    name: "--use-feature",
    short: [],
    long: ["--use-feature"],
    dest: "features_enabled",
    takesValue: true,
    choices: ["fast-deps", "truststore", "no-binary-enable-wheel-cache"]
  },
  {
    name: "--global-option",
    short: [],
    long: ["--global-option"],
    dest: "global_options",
    takesValue: true
  },
  {
    name: "--hash",
    short: [],
    long: ["--hash"],
    dest: "hashes",
    takesValue: true,
    check: checkHash
  },
  {
    name: "--config-settings",
    short: ["-C"],
    long: ["--config-settings"],
    dest: "config_settings",
    takesValue: true,
    check: (value, spelling) => value.includes("=") ? null : `arguments to ${spelling} must be of the form KEY=VAL`
  }
];
var LONG_OPTIONS = new Map(
  OPTION_SPECS.flatMap(
    (spec) => spec.long.map((long) => [long, spec])
  )
);
var REQUIREMENT_OPTIONS = [
  "global_options",
  "hashes",
  "config_settings"
];
var FILE_LEVEL_OPTIONS = OPTION_SPECS.map(
  (spec) => spec.dest
).filter((dest) => !REQUIREMENT_OPTIONS.includes(dest));
function checkHash(value, spelling) {
  const colon = value.indexOf(":");
  if (colon === -1) {
    return `arguments to ${spelling} must be a hash name followed by a value, like --hash=sha256:abcde...`;
  }
  const algorithm = value.slice(0, colon);
  if (!["sha256", "sha384", "sha512"].includes(algorithm)) {
    return `allowed hash algorithms for ${spelling} are sha256, sha384, sha512, not '${algorithm}'`;
  }
  return null;
}
function checkFormatControl(value, spelling) {
  return value.startsWith("-") ? `${spelling} needs a value (":all:", ":none:" or package names)` : null;
}

// src/parse/requirements/parse-options.ts
function splitShell(text3) {
  if (!/['"\\]/.test(text3)) {
    return text3 === "" ? [] : text3.split(/[ \t\r\n]+/).filter((word2) => word2 !== "");
  }
  const words = [];
  let word = "";
  let inWord = false;
  let quote2 = null;
  for (let i = 0; i < text3.length; i++) {
    const ch = text3[i];
    if (quote2 === "'") {
      if (ch === "'") {
        quote2 = null;
      } else {
        word += ch;
      }
    } else if (quote2 === '"') {
      if (ch === '"') {
        quote2 = null;
      } else if (ch === "\\") {
        i++;
        if (i >= text3.length) {
          return "No escaped character";
        }
        const next = text3[i];
        word += next === '"' || next === "\\" ? next : `\\${next}`;
      } else {
        word += ch;
      }
    } else if (ch === " " || ch === "	" || ch === "\r" || ch === "\n") {
      if (inWord) {
        words.push(word);
        word = "";
        inWord = false;
      }
    } else if (ch === "'" || ch === '"') {
      quote2 = ch;
      inWord = true;
    } else if (ch === "\\") {
      i++;
      if (i >= text3.length) {
        return "No escaped character";
      }
      word += text3[i];
      inWord = true;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (quote2 !== null) {
    return "No closing quotation";
  }
  if (inWord) {
    words.push(word);
  }
  return words;
}
function parseOptions(words) {
  const values = [];
  const positional = [];
  let next = 0;
  const hasMore = () => next < words.length;
  const take = () => words[next++];
  while (hasMore()) {
    const word = take();
    if (word === "--") {
      append(positional, words.slice(next));
      break;
    }
    if (word.startsWith("--")) {
      const equals = word.indexOf("=");
      const written = equals === -1 ? word : word.slice(0, equals);
      const option = matchLongOption(written);
      if (typeof option === "string") {
        return option;
      }
      let value = null;
      if (option.takesValue) {
        if (equals !== -1) {
          value = word.slice(equals + 1);
        } else if (hasMore()) {
          value = take();
        } else {
          return `${written} option requires 1 argument`;
        }
      } else if (equals !== -1) {
        return `${written} option does not take a value`;
      }
      const error3 = checkValue(option, written, value);
      if (error3 !== null) {
        return error3;
      }
      values.push({ option, spelling: written, value });
    } else if (word.startsWith("-") && word !== "-") {
      for (let i = 1; i < word.length; i++) {
        const spelling = `-${word[i]}`;
        const option = OPTION_SPECS.find(
          (spec) => spec.short.includes(spelling)
        );
        if (option === void 0) {
          return `no such option: ${spelling}`;
        }
        let value = null;
        if (option.takesValue) {
          if (i + 1 < word.length) {
            value = word.slice(i + 1);
          } else if (hasMore()) {
            value = take();
          } else {
            return `${spelling} option requires 1 argument`;
          }
        }
        const error3 = checkValue(option, spelling, value);
        if (error3 !== null) {
          return error3;
        }
        values.push({ option, spelling, value });
        if (option.takesValue) {
          break;
        }
      }
    } else {
      positional.push(word);
    }
  }
  return { values, positional };
}
function matchLongOption(written) {
  const exact = LONG_OPTIONS.get(written);
  if (exact !== void 0) {
    return exact;
  }
  const candidates = OPTION_SPECS.flatMap(
    (spec) => spec.long.filter((long) => long.startsWith(written)).map((long) => ({ spec, long }))
  );
  const [first, ...others] = candidates;
  if (first === void 0) {
    return `no such option: ${written}`;
  }
  if (others.length > 0) {
    return `ambiguous option: ${written} (${candidates.map((candidate) => candidate.long).join(", ")}?)`;
  }
  return first.spec;
}
function checkValue(option, spelling, value) {
  if (value === null) {
    return null;
  }
  if (option.choices && !option.choices.includes(value)) {
    return `option ${spelling}: invalid choice: '${value}' (choose from ${option.choices.map((choice2) => `'${choice2}'`).join(", ")})`;
  }
  return option.check ? option.check(value, spelling) : null;
}
var HASH_OPTION = /--hash=sha(?:256|384|512):[0-9A-Fa-f]*(?:[ \t\r\n]+|$)/y;
function countHashOptions(options) {
  let count2 = 0;
  HASH_OPTION.lastIndex = 0;
  while (HASH_OPTION.lastIndex < options.length) {
    if (!HASH_OPTION.test(options)) return null;
    count2++;
  }
  return count2;
}

// src/parse/requirements/physical-lines.ts
function isPythonSpace(c) {
  if (c <= 32)
    return c === 32 || c >= 9 && c <= 13 || c >= 28 && c <= 31;
  return c === 133 || c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288;
}
function isPythonLineBreak(c) {
  return c === 10 || c === 13 || c === 11 || c === 12 || c === 28 || c === 29 || c === 30 || c === 133 || c === 8232 || c === 8233;
}
var OTHER_LINE_BREAK = /[\r\v\f\x1c-\x1e\x85\u2028\u2029]/;
function splitPythonLines(text3) {
  if (!OTHER_LINE_BREAK.test(text3)) {
    const lines2 = text3.split("\n");
    if (lines2[lines2.length - 1] === "") lines2.pop();
    return lines2;
  }
  const lines = [];
  let start = 0;
  for (let i = 0; i < text3.length; i++) {
    const c = text3.charCodeAt(i);
    if (!isPythonLineBreak(c)) continue;
    lines.push(text3.slice(start, i));
    if (c === 13 && text3.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  if (start < text3.length) lines.push(text3.slice(start));
  return lines;
}
function stripPython(text3) {
  let start = 0;
  let end = text3.length;
  while (start < end && isPythonSpace(text3.charCodeAt(start))) start++;
  while (end > start && isPythonSpace(text3.charCodeAt(end - 1))) end--;
  return start === 0 && end === text3.length ? text3 : text3.slice(start, end);
}
function stripComment(text3) {
  let at2 = text3.indexOf("#");
  while (at2 !== -1) {
    if (at2 === 0) return "";
    if (isPythonSpace(text3.charCodeAt(at2 - 1))) {
      let start = at2 - 1;
      while (start > 0 && isPythonSpace(text3.charCodeAt(start - 1))) start--;
      return text3.slice(0, start);
    }
    at2 = text3.indexOf("#", at2 + 1);
  }
  return text3;
}
function isCommentLine(text3) {
  let i = 0;
  while (i < text3.length && isPythonSpace(text3.charCodeAt(i))) i++;
  return text3.charCodeAt(i) === 35;
}
function stripBackslashes(text3) {
  let start = 0;
  let end = text3.length;
  while (start < end && text3.charCodeAt(start) === 92) start++;
  while (end > start && text3.charCodeAt(end - 1) === 92) end--;
  return text3.slice(start, end);
}
function* readLogicalLines(text3, env, diagnostics) {
  for (const joined of joinLines(splitPieces(text3))) {
    const line = stripPython(stripComment(joined.text));
    if (line === "") continue;
    yield {
      number: joined.number,
      text: line.includes("${") ? expandEnvVariables(line, joined.number, env, diagnostics) : line
    };
  }
}
function splitPieces(text3) {
  const pieces = typeof text3 === "string" ? [text3] : text3;
  const first = pieces[0] ?? "";
  const lines = splitPythonLines(
    first.startsWith("\uFEFF") ? first.slice(1) : first
  );
  for (let i = 1; i < pieces.length; i++)
    for (const line of splitPythonLines(pieces[i])) lines.push(line);
  return lines;
}
function* joinLines(lines) {
  let primary = 0;
  let parts = [];
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index];
    const number3 = index + 1;
    const isComment = isCommentLine(raw);
    if (!raw.endsWith("\\") || isComment) {
      const line = isComment ? ` ${raw}` : raw;
      if (parts.length > 0) {
        parts.push(line);
        yield { number: primary, text: parts.join("") };
        parts = [];
      } else {
        yield { number: number3, text: line };
      }
    } else {
      if (parts.length === 0) {
        primary = number3;
      }
      parts.push(stripBackslashes(raw));
    }
  }
  if (parts.length > 0) {
    yield { number: primary, text: parts.join("") };
  }
}
var ENV_VAR_RE = /\$\{([A-Z0-9_]+)\}/g;
function expandEnvVariables(line, number3, env, diagnostics) {
  let expanded = line;
  for (const match of line.matchAll(ENV_VAR_RE)) {
    const [variable, name2] = match;
    const value = env[name2];
    if (!value) {
      diagnostics.push({
        severity: "warning",
        line: number3,
        message: `environment variable ${name2} is not set, so pip would keep '${variable}' as written`
      });
      continue;
    }
    expanded = expanded.split(variable).join(value);
  }
  return expanded;
}

// src/parse/requirements/line-context.ts
function addError(context, line, message) {
  context.diagnostics.push({ severity: "error", line, message });
}

// src/parse/requirements/link-names.ts
var VCS_NAMES = ["bzr", "git", "hg", "svn"];
var VCS_SCHEMES = [
  "bzr+http",
  "bzr+https",
  "bzr+ssh",
  "bzr+sftp",
  "bzr+ftp",
  "bzr+lp",
  "bzr+file",
  "git+http",
  "git+https",
  "git+ssh",
  "git+git",
  "git+file",
  "hg+file",
  "hg+http",
  "hg+https",
  "hg+ssh",
  "hg+static-http",
  "svn+ssh",
  "svn+http",
  "svn+https",
  "svn+svn",
  "svn+file"
];
var ARCHIVE_EXTENSIONS = [
  ".zip",
  ".whl",
  ".tar.bz2",
  ".tbz",
  ".tar.gz",
  ".tgz",
  ".tar",
  ".tar.xz",
  ".txz",
  ".tlz",
  ".tar.lz",
  ".tar.lzma"
];
function urlScheme(text3) {
  const colon = text3.indexOf(":");
  return colon === -1 ? null : text3.slice(0, colon).toLowerCase();
}
function isUrl(text3) {
  const scheme = urlScheme(text3);
  return scheme !== null && (["http", "https", "file", "ftp"].includes(scheme) || VCS_SCHEMES.includes(scheme));
}
function archiveExtension(path) {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  if (dot <= 0 || /^\.+$/.test(base.slice(0, dot + 1))) {
    return "";
  }
  let ext = base.slice(dot);
  const stem = base.slice(0, dot);
  if (stem.toLowerCase().endsWith(".tar")) {
    ext = stem.slice(-4) + ext;
  }
  return ext.toLowerCase();
}
function isArchive(path) {
  return ARCHIVE_EXTENSIONS.includes(archiveExtension(path));
}
function stripExtras(text3) {
  const end = text3.length - 1;
  if (end < 0 || text3.charCodeAt(end) !== 93)
    return { path: text3, extras: null };
  const lastClose = text3.lastIndexOf("]", end - 1);
  for (let at2 = end - 2; at2 >= 1 && at2 > lastClose; at2--) {
    if (text3.charCodeAt(at2) === 91)
      return { path: text3.slice(0, at2), extras: text3.slice(at2) };
  }
  return { path: text3, extras: null };
}
function looksLikePath(text3) {
  return text3.includes("/") || text3.startsWith(".");
}
function urlFileName(url2) {
  const withoutFragment = url2.split("#", 1)[0] ?? "";
  const withoutQuery = withoutFragment.split("?", 1)[0] ?? "";
  const afterScheme = withoutQuery.replace(/^[A-Za-z][A-Za-z0-9+.-]*:/, "");
  const pathPart = afterScheme.startsWith("//") ? afterScheme.slice(2).replace(/^[^/]*/, "") : afterScheme;
  let end = pathPart.length;
  while (end > 0 && pathPart.charCodeAt(end - 1) === 47) end--;
  const trimmed = pathPart.slice(0, end);
  const base = trimmed.slice(trimmed.lastIndexOf("/") + 1);
  try {
    return decodeURIComponent(base);
  } catch {
    return base;
  }
}
function eggFragment(url2) {
  const match = /[#&]egg=([^&]*)/.exec(url2);
  return match?.[1] ? match[1] : null;
}
var WHEEL_FILE_RE = /^(?<name>[^\s-]+?)-(?<ver>[^\s-]*?)(?:(?:-(?<build>\d[^-]*?))?-(?<pyver>[^\s-]+?)-(?<abi>[^\s-]+?)-(?<plat>[^\s-]+?)\.whl|\.dist-info)$/;

// src/parse/requirements/link-requirement.ts
function requirementFromLink(target, url2, extrasText, number3, context, editable) {
  const extras = extrasText === null ? [] : parseExtrasText(extrasText, number3, context);
  const fileName = isUrl(target) ? urlFileName(target) : target.slice(target.lastIndexOf("/") + 1);
  if (!editable && archiveExtension(fileName) === ".whl") {
    return requirementFromWheel(fileName, extras, url2, number3, context);
  }
  const egg = isUrl(target) ? eggFragment(target) : null;
  if (egg === null) {
    reportUnnamedLink(target, number3, context);
    return null;
  }
  return requirementFromEgg(egg, target, extras, url2, number3, context);
}
function requirementFromWheel(fileName, extras, url2, number3, context) {
  const wheel = WHEEL_FILE_RE.exec(fileName);
  if (!wheel?.groups) {
    addError(context, number3, `'${fileName}' is not a valid wheel file name`);
    return null;
  }
  const name2 = (wheel.groups.name ?? "").replace(/_/g, "-");
  const version3 = (wheel.groups.ver ?? "").replace(/_/g, "-");
  const result = parsePep508(`${name2}==${version3}`);
  if (!result.ok) {
    addError(
      context,
      number3,
      `cannot read a name and version from the wheel '${fileName}': ${result.error}`
    );
    return null;
  }
  return {
    name: result.value.name,
    specifier: result.value.specifier,
    extras,
    url: url2
  };
}
function reportUnnamedLink(target, number3, context) {
  const local = !isUrl(target) || urlScheme(target) === "file";
  context.diagnostics.push(
    local ? {
      severity: "notice",
      line: number3,
      message: `cannot tell the package name of '${target}' without building it, so it is not audited; add '#egg=<name>' or write '<name> @ <url>'`
    } : {
      severity: "error",
      line: number3,
      rule: "unauditable",
      message: `pip installs '${target}', whose package name and version only building it would tell, so it cannot be audited; write '<name> @ <url>' with a pinned commit or version`
    }
  );
}
function requirementFromEgg(egg, target, extras, url2, number3, context) {
  const result = parsePep508(egg);
  if (!result.ok) {
    addError(
      context,
      number3,
      `invalid '#egg=' name in '${target}': ${result.error}`
    );
    return null;
  }
  const allExtras = [...extras];
  for (const extra of result.value.extras) {
    if (!allExtras.includes(extra)) {
      allExtras.push(extra);
    }
  }
  return {
    name: result.value.name,
    specifier: result.value.specifier,
    extras: allExtras,
    url: url2
  };
}
function parseExtrasText(extrasText, number3, context) {
  const result = parsePep508(`placeholder${extrasText.toLowerCase()}`);
  if (!result.ok) {
    addError(
      context,
      number3,
      `invalid extras '${extrasText}': ${result.error}`
    );
    return [];
  }
  return result.value.extras;
}

// src/parse/requirements/requirement-line.ts
function addRequirementLine(args, number3, hashes, context) {
  const split = splitMarker(args, number3, context);
  if (split === null) {
    return;
  }
  const read = split.url ? {
    requirement: requirementFromLink(
      split.body,
      split.body,
      null,
      number3,
      context,
      false
    ),
    marker: null
  } : readNamedOrPath(split.body, number3, context);
  if (read === null || read.requirement === null) {
    return;
  }
  context.value.requirements.push(
    toRequirement(
      read.requirement,
      read.marker ?? split.marker,
      false,
      hashes,
      context,
      number3
    )
  );
}
function toRequirement(line, marker, editable, hashes, context, number3) {
  return {
    name: line.name,
    specifier: line.specifier,
    extras: line.extras,
    url: line.url,
    marker,
    editable,
    hashes,
    group: context.group,
    file: context.path,
    line: number3
  };
}
function splitMarker(args, number3, context) {
  const url2 = isUrl(args);
  const separator = url2 ? "; " : ";";
  const at2 = args.indexOf(separator);
  if (at2 === -1) {
    return { body: stripPython(args), marker: null, url: url2 };
  }
  const body = stripPython(args.slice(0, at2));
  const markerText = stripPython(args.slice(at2 + separator.length));
  if (markerText === "") {
    return { body, marker: null, url: url2 };
  }
  const result = parsePep508Marker(markerText);
  if (!result.ok) {
    addError(context, number3, `invalid environment marker: ${result.error}`);
    return null;
  }
  return { body, marker: result.value, url: url2 };
}
function readNamedOrPath(body, number3, context) {
  const { path, extras } = stripExtras(body);
  const archive = isArchive(path);
  const pep508Url = body.includes("@") && !looksLikePath(body.split("@", 1)[0] ?? "");
  const result = parsePep508(body);
  const localFile = () => ({
    requirement: requirementFromLink(
      path,
      path,
      extras,
      number3,
      context,
      false
    ),
    marker: null
  });
  if (archive && !pep508Url) {
    return localFile();
  }
  if (result.ok) {
    const { name: name2, specifier, extras: requirementExtras, url: url2 } = result.value;
    return {
      requirement: { name: name2, specifier, extras: requirementExtras, url: url2 },
      marker: result.value.marker
    };
  }
  if (looksLikePath(body) && !archive && !(pep508Url && isUrl(stripPython(body.slice(body.indexOf("@") + 1))))) {
    return localFile();
  }
  addError(context, number3, invalidRequirementMessage(body, result.error));
  return null;
}
function looksLikeNameAtUrl(body) {
  const slash = body.indexOf("/");
  const head = slash === -1 ? body : body.slice(0, slash);
  const at2 = head.indexOf("@");
  return at2 !== -1 && head.indexOf(":", at2) !== -1;
}
function invalidRequirementMessage(body, error3) {
  if (body.includes("/") && !looksLikeNameAtUrl(body)) {
    return `invalid requirement (it looks like a path, but pip reads it as a requirement): ${error3}`;
  }
  if (body.includes("=") && !/===|==|~=|!=|<=|>=|<|>/.test(body)) {
    return `invalid requirement ('=' is not a version operator; did you mean '=='?): ${error3}`;
  }
  return `invalid requirement: ${error3}`;
}
function addEditable(target, number3, context) {
  const { path: withoutExtras, extras } = stripExtras(target);
  let requirement;
  let url2 = target;
  const shorthand = VCS_NAMES.find(
    (vcs) => target.toLowerCase().startsWith(`${vcs}:`)
  );
  if (shorthand !== void 0) {
    url2 = `${shorthand}+${target}`;
  }
  const scheme = urlScheme(url2);
  const localProject = () => requirementFromLink(
    withoutExtras,
    withoutExtras,
    extras,
    number3,
    context,
    true
  );
  if (withoutExtras.toLowerCase().startsWith("file:")) {
    requirement = localProject();
  } else if (scheme !== null && VCS_SCHEMES.includes(scheme)) {
    if (eggFragment(url2) === null) {
      addError(
        context,
        number3,
        `cannot tell the package name of '${target}'; add '#egg=<name>' to the URL`
      );
      return;
    }
    requirement = requirementFromLink(url2, url2, null, number3, context, true);
  } else if (scheme === null || /^[A-Za-z]:[\\/]/.test(withoutExtras) || // pip: a URL that is neither file: nor VCS is not a valid editable.
  looksLikePath(withoutExtras) && !isUrl(withoutExtras) && !/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(withoutExtras)) {
    requirement = localProject();
  } else {
    addError(
      context,
      number3,
      `'${target}' is not a valid editable requirement: it should be a path to a local project or a VCS URL (git+https://..., hg+..., svn+..., bzr+...)`
    );
    return;
  }
  if (requirement === null) {
    return;
  }
  context.value.requirements.push(
    toRequirement(requirement, null, true, 0, context, number3)
  );
}

// src/parse/requirements-txt.ts
function parseRequirementsTxt(text3, path, options) {
  const value = {
    requirements: [],
    includes: [],
    options: []
  };
  const diagnostics = [];
  const context = {
    path,
    group: options?.group ?? "requirements",
    env: options?.env ?? {},
    value,
    diagnostics
  };
  let lineNumber = null;
  let lines = 0;
  try {
    const logical = readLogicalLines(text3, context.env, diagnostics);
    for (; ; ) {
      const said = diagnostics.length;
      const next = logical.next();
      if (next.done) break;
      const line = next.value;
      lineNumber = line.number;
      if (++lines > MAX_ENTRIES_PER_FILE) {
        diagnostics.length = said;
        diagnostics.push(tooManyEntries(line.number, "pip"));
        break;
      }
      handleLine(line.number, line.text, context);
    }
  } catch (error3) {
    diagnostics.push({
      severity: "error",
      line: lineNumber,
      message: `internal error while reading this requirements file: ${String(error3)}`
    });
  }
  return { value, diagnostics };
}
function breakArgsOptions(line) {
  if (line.startsWith("-")) return { args: "", options: line };
  const index = line.indexOf(" -");
  if (index === -1) {
    return { args: line, options: "" };
  }
  return { args: line.slice(0, index), options: line.slice(index + 1) };
}
function handleLine(number3, line, context) {
  const { args, options } = breakArgsOptions(line);
  if (args !== "") {
    const hashes = countHashOptions(options);
    if (hashes !== null) {
      addRequirementLine(args, number3, hashes, context);
      return;
    }
  }
  const words = splitShell(options);
  if (typeof words === "string") {
    addError(
      context,
      number3,
      `could not split the options '${options}': ${words}`
    );
    return;
  }
  const parsed = parseOptions(words);
  if (typeof parsed === "string") {
    addError(context, number3, `${parsed} (pip stops on this line)`);
    return;
  }
  for (const word of parsed.positional) {
    context.diagnostics.push({
      severity: "warning",
      line: number3,
      message: `pip ignores '${word}' after the options on this line`
    });
  }
  if (args !== "") {
    warnIgnored(
      parsed,
      FILE_LEVEL_OPTIONS,
      number3,
      context,
      "on a requirement line"
    );
    addRequirementLine(
      args,
      number3,
      parsed.values.filter((entry) => entry.option.dest === "hashes").length,
      context
    );
    return;
  }
  const editable = parsed.values.find(
    (entry) => entry.option.dest === "editables"
  );
  if (editable !== void 0) {
    warnIgnored(
      parsed,
      [...FILE_LEVEL_OPTIONS, ...REQUIREMENT_OPTIONS],
      number3,
      context,
      "with -e",
      editable
    );
    addEditable(editable.value ?? "", number3, context);
    return;
  }
  handleOptionLine(parsed, number3, context);
}
function warnIgnored(parsed, dests, number3, context, where, except) {
  for (const entry of parsed.values) {
    if (entry !== except && dests.includes(entry.option.dest)) {
      context.diagnostics.push({
        severity: "warning",
        line: number3,
        message: `pip ignores ${entry.spelling} ${where}`
      });
    }
  }
}
function handleOptionLine(parsed, number3, context) {
  const { value, diagnostics } = context;
  const requirementFiles = parsed.values.filter(
    (entry) => entry.option.dest === "requirements"
  );
  const constraintFiles = parsed.values.filter(
    (entry) => entry.option.dest === "constraints"
  );
  const include = requirementFiles[0] ?? constraintFiles[0];
  for (const entry of parsed.values) {
    const dest = entry.option.dest;
    if (dest === "requirements" || dest === "constraints") {
      if (entry === include) {
        value.includes.push({
          kind: dest === "requirements" ? "requirement" : "constraint",
          target: entry.value ?? "",
          line: number3
        });
      } else {
        diagnostics.push({
          severity: "warning",
          line: number3,
          message: `pip reads only one -r or -c per line and ignores ${entry.spelling} ${entry.value ?? ""}`
        });
      }
    } else if (dest === "hashes") {
      diagnostics.push({
        severity: "warning",
        line: number3,
        message: "--hash without a requirement on the line is ignored by pip"
      });
    } else if (REQUIREMENT_OPTIONS.includes(dest)) {
      diagnostics.push({
        severity: "warning",
        line: number3,
        message: `${entry.spelling} without a requirement on the line is ignored by pip`
      });
    } else {
      value.options.push({
        name: entry.option.name,
        value: entry.value,
        line: number3,
        file: context.path
      });
    }
  }
}

// src/discover/requirements-file-cache.ts
var KEPT_FILES = 64;
function createRequirementsFileCache(rootReal, env) {
  const parsed = createRecentCache(
    KEPT_FILES
  );
  return (relPath, realPath) => parsed.get(
    `${relPath}\0${realPath}`,
    () => readAndParse(join9(rootReal, realPath), relPath, env)
  );
}
async function readAndParse(absPath, relPath, env) {
  const read = await readFileWith(absPath, decodeRequirementsPieces);
  if (!read.ok) return { ok: false, diagnostic: read.diagnostic };
  const decoded = read.value;
  if (!decoded.ok)
    return {
      ok: false,
      diagnostic: {
        severity: "error",
        line: decoded.line,
        message: decoded.message,
        ...decoded.unauditable ? { rule: "unauditable" } : {}
      }
    };
  const result = parseRequirementsTxt(decoded.pieces, relPath, { env });
  return {
    ok: true,
    value: result.value,
    diagnostics: result.diagnostics,
    header: readCompiledHeader(decoded.pieces)
  };
}

// src/discover/resolve-requirements.ts
function createRequirementsReader(rootReal, env, boundaryReal = rootReal) {
  const parts = {
    load: createRequirementsFileCache(rootReal, env),
    locate: createLocator(rootReal, boundaryReal)
  };
  return {
    resolve: (relPath, asConstraints) => resolveRequirements(parts, relPath, asConstraints),
    async header(relPath) {
      const located = await parts.locate(relPath);
      if (!located.ok) return null;
      const result = await parts.load(relPath, located.relPath);
      return result.ok ? result.header : null;
    },
    // Located means resolved link by link to a regular file (locate-include.ts).
    exists: (relPath) => parts.locate(relPath).then((located) => located.ok)
  };
}
async function resolveRequirements(parts, relPath, asConstraints) {
  const c = {
    parts,
    out: { requirements: [], options: [], diagnostics: /* @__PURE__ */ new Map(), files: [] },
    seen: /* @__PURE__ */ new Set()
  };
  const start = await parts.locate(relPath);
  if (!start.ok) {
    c.out.files.push(relPath);
    report2(c, relPath, {
      severity: "error",
      line: null,
      message: start.reason,
      ...start.unauditable ? { rule: "unauditable" } : {}
    });
    return c.out;
  }
  await visit(c, start.relPath, {
    file: relPath,
    openedAs: relPath,
    constraints: asConstraints,
    chain: []
  });
  return c.out;
}
function report2(c, file, diagnostic) {
  const list = c.out.diagnostics.get(file) ?? [];
  list.push(diagnostic);
  c.out.diagnostics.set(file, list);
}
async function visit(c, realPath, at2) {
  const firstVisit = !c.seen.has(at2.file);
  c.seen.add(at2.file);
  if (firstVisit) c.out.files.push(at2.file);
  const result = await c.parts.load(at2.file, realPath);
  if (!result.ok) {
    if (firstVisit) report2(c, at2.file, result.diagnostic);
    return;
  }
  if (firstVisit) for (const d of result.diagnostics) report2(c, at2.file, d);
  for (const requirement of result.value.requirements)
    c.out.requirements.push(
      at2.constraints ? { ...requirement, group: "constraints-file" } : requirement
    );
  append(c.out.options, result.value.options);
  for (const include of result.value.includes)
    await visitInclude(c, at2, include);
}
async function visitInclude(c, at2, include) {
  const flag = include.kind === "constraint" ? "-c" : "-r";
  if (/^(https?|file):/i.test(include.target)) {
    report2(c, at2.file, {
      severity: "error",
      line: include.line,
      rule: "unauditable",
      message: `${flag} ${include.target}: pip fetches this requirements file and pin-audit does not, so what it installs was not audited; vendor the file into the repository and include it by path`
    });
    return;
  }
  const includedAs = include.target.startsWith("/") ? include.target : `${parentOf(at2.openedAs) || "."}/${include.target}`;
  const target = await c.parts.locate(includedAs);
  if (!target.ok) {
    report2(c, at2.file, {
      severity: "error",
      line: include.line,
      message: `${flag} ${include.target}: ${target.reason}`,
      ...target.unauditable ? { rule: "unauditable" } : {}
    });
    return;
  }
  const edge = { file: at2.file, line: include.line, flag };
  const start = at2.chain.findIndex((link) => link.file === target.relPath);
  if (start >= 0) {
    const cycle = describeCycle([...at2.chain.slice(start), edge]);
    report2(c, cycle.file, cycle.diagnostic);
    return;
  }
  await visit(c, target.relPath, {
    file: target.relPath,
    openedAs: includedAs,
    constraints: at2.constraints || include.kind === "constraint",
    chain: [...at2.chain, edge]
  });
}

// src/index/package-links.ts
function collectPackageLinks(facts) {
  const newest = /* @__PURE__ */ new Map();
  for (const [key, { lookup }] of facts.releases) {
    if (!lookup.ok || lookup.value?.projectUrls === void 0) continue;
    const [, name2] = key.split("\0");
    if (name2 === void 0) continue;
    const { version: version3, projectUrls } = lookup.value;
    const seen = newest.get(name2);
    if (seen === void 0 || isNewer(version3, seen.version))
      newest.set(name2, { version: version3, links: projectUrls });
  }
  return new Map([...newest].map(([name2, { links }]) => [name2, links]));
}
function isNewer(a, b) {
  const va = parseVersion(a);
  const vb = parseVersion(b);
  return va !== null && vb !== null && compareVersions(va, vb) > 0;
}

// src/knowledge/mcp-stack-requirements.ts
var TAG = (tags) => `modelcontextprotocol/python-sdk pyproject.toml at ${tags} (facts/mcp-stack.md)`;
var MCP_KNOWN_REQUIREMENTS = [
  {
    versions: "==1.0.0",
    requiresPython: ">=3.10",
    requiresDist: [
      "anyio>=4.6",
      "httpx>=0.27",
      "httpx-sse>=0.4",
      "pydantic>=2.8.0",
      "starlette>=0.39",
      "sse-starlette>=2.0"
    ],
    source: TAG("v1.0.0")
  },
  // 1.1.0 is not covered: the facts start the 1.1 series at 1.1.1.
  {
    versions: "==1.1.1",
    requiresPython: ">=3.10",
    requiresDist: [
      "anyio>=4.5",
      "httpx>=0.27",
      "httpx-sse>=0.4",
      "pydantic>=2.7.2",
      "starlette>=0.27",
      "sse-starlette>=2.0"
    ],
    source: TAG("v1.1.1")
  },
  {
    versions: ">=1.1.2,<1.2.0",
    requiresPython: ">=3.10",
    requiresDist: [
      "anyio>=4.5",
      "httpx>=0.27",
      "httpx-sse>=0.4",
      "pydantic>=2.7.2",
      "starlette>=0.27",
      "sse-starlette>=1.6.1"
    ],
    source: TAG("v1.1.2")
  },
  {
    versions: ">=1.2.0,<1.3.0",
    requiresPython: ">=3.10",
    requiresDist: [
      "anyio>=4.5",
      "httpx>=0.27",
      "httpx-sse>=0.4",
      "pydantic<3.0.0,>=2.10.1",
      "starlette>=0.27",
      "sse-starlette>=1.6.1",
      "uvicorn>=0.30"
    ],
    source: TAG("v1.2.0")
  },
  {
    versions: ">=1.3.0,<1.7.0",
    requiresPython: ">=3.10",
    requiresDist: [
      "anyio>=4.5",
      "httpx>=0.27",
      "httpx-sse>=0.4",
      "pydantic<3,>=2.7.2",
      "starlette>=0.27",
      "sse-starlette>=1.6.1",
      "uvicorn>=0.23.1"
    ],
    source: TAG("v1.3.0 to v1.6.x")
  },
  {
    versions: ">=1.7.0,<1.11.0",
    requiresPython: ">=3.10",
    requiresDist: [
      "anyio>=4.5",
      "httpx>=0.27",
      "httpx-sse>=0.4",
      "pydantic<3,>=2.7.2",
      "starlette>=0.27",
      "sse-starlette>=1.6.1",
      'uvicorn>=0.23.1; sys_platform != "emscripten"'
    ],
    source: TAG("v1.7.0 to v1.10.x")
  },
  {
    versions: ">=1.11.0,<1.13.0",
    requiresPython: ">=3.10",
    requiresDist: [
      "anyio>=4.5",
      "httpx>=0.27",
      "httpx-sse>=0.4",
      "pydantic<3,>=2.8.0",
      "starlette>=0.27",
      "sse-starlette>=1.6.1",
      'uvicorn>=0.23.1; sys_platform != "emscripten"'
    ],
    source: TAG("v1.11.0 to v1.12.x")
  },
  {
    versions: ">=1.13.0,<=1.27.0",
    requiresPython: ">=3.10",
    requiresDist: [
      "anyio>=4.5",
      "httpx>=0.27.1",
      "httpx-sse>=0.4",
      "pydantic<3.0.0,>=2.11.0",
      "starlette>=0.27",
      "sse-starlette>=1.6.1",
      'uvicorn>=0.31.1; sys_platform != "emscripten"'
    ],
    source: TAG("v1.13.0 to v1.27.0")
  },
  {
    versions: ">=1.27.1,<1.28.0",
    requiresPython: ">=3.10",
    requiresDist: [
      "anyio>=4.5",
      "httpx<1.0.0,>=0.27.1",
      "httpx-sse>=0.4",
      "pydantic<3.0.0,>=2.11.0",
      "starlette>=0.27",
      "sse-starlette>=1.6.1",
      'uvicorn>=0.31.1; sys_platform != "emscripten"'
    ],
    source: `${TAG("v1.27.1")}; the httpx upper bound is python-sdk PR #2559`
  },
  {
    versions: ">=1.28.0,<=1.29.0",
    requiresPython: ">=3.10",
    requiresDist: [
      "anyio>=4.5",
      "httpx<1.0.0,>=0.27.1",
      "httpx-sse>=0.4",
      "pydantic<3.0.0,>=2.11.0",
      'pydantic>=2.12.0; python_version >= "3.14"',
      "starlette>=0.27",
      'starlette>=0.48.0; python_version >= "3.14"',
      "sse-starlette>=1.6.1",
      'uvicorn>=0.31.1; sys_platform != "emscripten"'
    ],
    source: TAG("v1.28.0 to v1.29.0")
  },
  {
    // 2.0.0 replaces httpx with httpx2>=2.5.0 and drops httpx-sse.
    versions: "==2.0.0",
    requiresPython: null,
    requiresDist: [
      "anyio>=4.9",
      'anyio>=4.10; python_version >= "3.14"',
      "httpx2>=2.5.0",
      "pydantic>=2.12.0",
      "starlette>=0.27",
      'starlette>=0.48.0; python_version >= "3.14"',
      "sse-starlette>=3.0.0",
      'uvicorn>=0.31.1; sys_platform != "emscripten"'
    ],
    source: TAG("v2.0.0")
  }
];

// src/knowledge/lookup-known-requirements.ts
var TABLES = {
  mcp: {
    label: "pin-audit's MCP-stack knowledge",
    rows: MCP_KNOWN_REQUIREMENTS
  }
};
function lookupKnownRequirements(name2, version3) {
  const table = TABLES[normalizeName(name2)];
  if (table === void 0) return null;
  for (const row2 of table.rows) {
    const set = parseSpecifierSet(row2.versions);
    if (set.ok && contains(set.value, version3, { prereleases: true }))
      return {
        requiresDist: row2.requiresDist,
        requiresPython: row2.requiresPython,
        source: row2.source,
        label: table.label
      };
  }
  return null;
}

// src/policy/rule-context.ts
import * as nodePath4 from "node:path";
function createRuleContext(projects, policy, today, index = createEmptyIndexFacts()) {
  const cache = /* @__PURE__ */ new Map();
  const owners = findLockOwners(projects);
  return {
    projects,
    policy,
    today,
    index,
    parseSpecifier(text3) {
      let parsed = cache.get(text3);
      if (parsed === void 0) {
        const result = safely(() => parseSpecifierSet(text3), null);
        parsed = result?.ok ? result.value : null;
        cache.set(text3, parsed);
      }
      return parsed;
    },
    reportsOnLock(project, lockFile) {
      return owners.get(lockFile) === project.path;
    },
    severityOf(rule) {
      const configured = policy.rules[rule];
      return configured === "off" ? "notice" : configured;
    }
  };
}
function findLockOwners(projects) {
  const owners = /* @__PURE__ */ new Map();
  const sorted = [...projects].sort((a, b) => compareText(a.path, b.path));
  for (const project of sorted) {
    for (const file of project.files)
      if (isLockKind(file.kind) && !owners.has(file.path))
        owners.set(file.path, project.path);
  }
  for (const project of sorted) {
    for (const entry of project.locked) {
      if (owners.has(entry.file)) continue;
      const directory = nodePath4.posix.dirname(entry.file);
      const inDirectory = sorted.find(
        (candidate) => candidate.path === directory
      );
      owners.set(entry.file, inDirectory?.path ?? project.path);
    }
  }
  return owners;
}
function isLockKind(kind) {
  return kind === "uv-lock" || kind === "poetry-lock" || kind === "pylock";
}
function findFileKind(project, file) {
  const known = project.files.find((candidate) => candidate.path === file);
  return known !== void 0 ? known.kind : findKindByName(file);
}
function findKindByName(file) {
  const base = nodePath4.posix.basename(file);
  if (base === "uv.lock") return "uv-lock";
  if (base === "poetry.lock") return "poetry-lock";
  if (/^pylock\.([^.]+\.)?toml$/.test(base)) return "pylock";
  if (base === "pyproject.toml") return "pyproject";
  return "requirements";
}
function listLockedEntries(project) {
  return [...indexLockedEntries(project).entries];
}
var lockedEntryIndexes = /* @__PURE__ */ new WeakMap();
function indexLockedEntries(project) {
  const known = lockedEntryIndexes.get(project);
  if (known !== void 0 && known.locked === project.locked && known.lockedCount === project.locked.length && known.files === project.files && known.fileCount === project.files.length)
    return known;
  const kinds = /* @__PURE__ */ new Map();
  for (const file of project.files)
    if (!kinds.has(file.path)) kinds.set(file.path, file.kind);
  const entries = project.locked.filter(
    (entry) => isLockKind(kinds.get(entry.file) ?? findKindByName(entry.file))
  );
  const byName = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const named = byName.get(entry.name);
    if (named === void 0) byName.set(entry.name, [entry]);
    else named.push(entry);
  }
  const index = {
    locked: project.locked,
    lockedCount: project.locked.length,
    files: project.files,
    fileCount: project.files.length,
    entries,
    byName
  };
  lockedEntryIndexes.set(project, index);
  return index;
}
function findExactVersion(set) {
  for (const clause of set.clauses) {
    if (clause.operator === "==" && !clause.wildcard || clause.operator === "===") {
      const version3 = parseVersion(clause.version);
      if (version3 !== null) return version3;
    }
  }
  return null;
}
function parseLockedVersion(entry) {
  return entry.version === null ? null : parseVersion(entry.version);
}
function formatRequirement(requirement, specifier) {
  const extras = requirement.extras.length > 0 ? `[${requirement.extras.join(",")}]` : "";
  const marker = requirement.marker === null ? "" : `; ${requirement.marker}`;
  return `${requirement.name}${extras}${specifier}${marker}`;
}
function formatLocation(file, line) {
  return line === null ? file : `${file}:${line}`;
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function safely(compute, fallback) {
  try {
    return compute();
  } catch {
    return fallback;
  }
}
function listLocalPackages(project) {
  const local = /* @__PURE__ */ new Set();
  for (const entry of listLockedEntries(project)) {
    if (entry.source === "editable" || entry.source === "virtual" || entry.source === "directory" || entry.source === "path") {
      local.add(entry.name);
    }
  }
  return local;
}
function listLockedVersions(project, name2, inScope = () => true) {
  const seen = /* @__PURE__ */ new Map();
  for (const entry of indexLockedEntries(project).byName.get(name2) ?? []) {
    if (!inScope(entry.file)) continue;
    const version3 = parseLockedVersion(entry);
    if (version3 !== null && !seen.has(version3.text))
      seen.set(version3.text, { version: version3, entry });
  }
  return [...seen.values()].sort(
    (a, b) => compareVersions(a.version, b.version)
  );
}
function soften(severity) {
  return severity === "error" ? "warning" : "notice";
}
function findWitness(set) {
  return safely(() => sampleMember(set), null);
}
function findEscape(declared, allowed) {
  return safely(() => {
    const result = subset(declared.set, allowed.set);
    if (result.ok) return null;
    const member = sampleMember(allowed.set);
    const inside = member === null ? null : parseVersion(member);
    const escapes = allowed.clauses.flatMap((clause) => listNeighbours(clause.version)).filter((v) => admits(declared, v) && !admits(allowed, v)).sort(compareVersions);
    const above = escapes.find(
      (v) => inside === null || compareVersions(v, inside) > 0
    );
    const below = escapes.filter((v) => inside !== null && compareVersions(v, inside) < 0).pop();
    return (above ?? below)?.text ?? result.counterexample;
  }, null);
}
function listNeighbours(text3) {
  const base = parseVersion(text3.replace(/\.\*$/, ""));
  if (base === null) return [];
  const release = base.release;
  const texts = [base.text];
  for (let i = release.length - 1; i >= 0; i--) {
    const at2 = release[i] ?? 0n;
    const head = release.slice(0, i);
    const zeros = release.slice(i + 1).map(() => 0n);
    texts.push([...head, at2 + 1n, ...zeros].join("."));
    if (at2 > 0n) texts.push([...head, at2 - 1n, ...zeros].join("."));
  }
  const epoch = base.epoch === 0n ? "" : `${base.epoch}!`;
  return texts.flatMap((t) => {
    const v = parseVersion(t === base.text ? t : `${epoch}${t}`);
    return v === null ? [] : [v];
  });
}
function ownsFile(project, file) {
  return project.files.some((candidate) => candidate.path === file);
}
function admits(set, version3) {
  return safely(() => contains(set, version3.text, { prereleases: true }), true);
}

// src/policy/installed-releases.ts
function listInstalledReleases(context, project, options = {}) {
  let recent = memo.get(context);
  if (!recent) {
    recent = createRecentCache(KEPT_PROJECTS);
    memo.set(context, recent);
  }
  const lists = recent.get(project, () => ({}));
  const key = options.allLocks ? "allLocks" : "reported";
  let list = lists[key];
  if (!list) {
    list = buildInstalledReleases(context, project, options.allLocks ?? false);
    lists[key] = list;
  }
  return list;
}
var KEPT_PROJECTS = 4;
var memo = /* @__PURE__ */ new WeakMap();
function buildInstalledReleases(context, project, allLocks) {
  const out = [];
  for (const requirement of project.requirements) {
    if (requirement.url !== null || requirement.group === "build") continue;
    const version3 = findPinnedVersion(requirement.specifier);
    if (version3 === null) continue;
    out.push({
      name: requirement.name,
      version: version3,
      text: `${requirement.name}${requirement.specifier}`,
      file: requirement.file,
      line: requirement.line,
      requirement,
      entry: null
    });
  }
  for (const entry of listLockedEntries(project)) {
    if (!allLocks && !context.reportsOnLock(project, entry.file)) continue;
    if (entry.source !== "registry" && entry.source !== "unknown") continue;
    const version3 = entry.version === null ? null : parseVersion(entry.version);
    if (version3 === null) continue;
    out.push({
      name: entry.name,
      version: version3.text,
      text: `${entry.name} ${version3.text}`,
      file: entry.file,
      line: entry.line,
      requirement: null,
      entry
    });
  }
  return out;
}
function lookupRelease(context, project, release) {
  if (context.index.releases.size === 0) return null;
  return context.index.releases.get(
    projectReleaseKey(project.path, release.name, release.version)
  ) ?? null;
}
function describeRelease(release) {
  return `\`${release.text}\` (${formatLocation(release.file, release.line)})`;
}

// src/policy/marker-applies.ts
function markerMayApply(marker, environment) {
  return markerMayHold(marker, {
    requiresPython: environment.requiresPython,
    extras: environment.extras
  });
}
function markersEquivalent(a, b) {
  return markersEqual(a, b, { model: "uv" });
}

// src/policy/requested-extras.ts
function collectRequestedExtras(requirements, name2) {
  const extras = /* @__PURE__ */ new Set();
  for (const r of requirements)
    if (r.name === name2 && r.group !== "constraint" && r.group !== "constraints-file")
      for (const extra of r.extras) extras.add(normalizeName(extra));
  return [...extras].sort();
}

// src/policy/dependency-requirements.ts
function combineRequiresPython(project, parent) {
  if (project === null || project.trim() === "") return parent;
  if (parent === null || parent.trim() === "") return project;
  return `${project},${parent}`;
}
function findRequirementsOf(context, project, parent) {
  if (parent.entry !== null && findFileKind(project, parent.entry.file) === "poetry-lock") {
    return {
      requirements: parent.entry.dependencies.map((d) => ({
        name: d.name,
        specifier: d.specifier,
        marker: d.marker,
        text: `${d.name}${d.specifier}${d.marker === null ? "" : `; ${d.marker}`}`
      })),
      origin: `as recorded in ${formatLocation(parent.entry.file, parent.entry.line)}`,
      requiresPython: null
    };
  }
  const found = lookupRelease(context, project, parent);
  if (found?.lookup.ok && found.lookup.value?.requiresDist != null) {
    return {
      requirements: parseRequiresDist(found.lookup.value.requiresDist),
      origin: `per its metadata on ${found.index}`,
      requiresPython: found.lookup.value.requiresPython
    };
  }
  const known = lookupKnownRequirements(parent.name, parent.version);
  if (known === null) return null;
  return {
    requirements: parseRequiresDist(known.requiresDist),
    origin: `per ${known.label}`,
    requiresPython: known.requiresPython
  };
}
function listRequirementsOn(context, project, name2, files) {
  const out = [];
  const inScope = (file) => files === void 0 || files.has(file);
  for (const parent of listInstalledReleases(context, project, {
    allLocks: true
  })) {
    if (parent.name === name2 || !inScope(parent.file)) continue;
    const source = findRequirementsOf(context, project, parent);
    if (source === null) continue;
    const environment = {
      requiresPython: combineRequiresPython(
        project.requiresPython,
        source.requiresPython
      ),
      extras: listRequestedExtras(project, parent.name, inScope)
    };
    for (const dependency of source.requirements) {
      if (dependency.name !== name2 || dependency.specifier === "") continue;
      if (!markerMayApply(dependency.marker, environment)) continue;
      const set = context.parseSpecifier(dependency.specifier);
      if (set !== null) out.push({ parent, dependency, set });
    }
  }
  return out;
}
function parseRequiresDist(entries) {
  const out = [];
  for (const text3 of entries) {
    const parsed = parsePep508(text3);
    if (!parsed.ok || parsed.value.url !== null) continue;
    out.push({
      name: parsed.value.name,
      specifier: parsed.value.specifier,
      marker: parsed.value.marker,
      text: `${parsed.value.name}${parsed.value.specifier}${parsed.value.marker === null ? "" : `; ${parsed.value.marker}`}`
    });
  }
  return out;
}
function listRequestedExtras(project, name2, inScope = () => true) {
  const extras = new Set(
    collectRequestedExtras(
      project.requirements.filter((r) => inScope(r.file)),
      name2
    )
  );
  for (const entry of project.locked)
    if (inScope(entry.file)) {
      for (const d of entry.dependencies)
        if (d.name === name2) for (const e of d.extras) extras.add(e);
    }
  return [...extras];
}

// src/policy/requirement-scope.ts
function projectScope(requiresPython, extras = null) {
  return { requiresPython, extras };
}
function sharedPythons(a, b) {
  if (a === null || a.trim() === "") return b;
  if (b === null || b.trim() === "" || a === b) return a;
  return `${a},${b}`;
}
function listOverriddenNames(projects, project) {
  const root = project.workspace === null || project.workspace === project.path ? null : projects.find((p) => p.path === project.workspace);
  const names = /* @__PURE__ */ new Set();
  for (const source of root ? [project, root] : [project])
    for (const r of source.requirements)
      if (r.group === "override") names.add(r.name);
  return names;
}
function isConstraint(requirement) {
  return requirement.group === "constraint" || requirement.group === "constraints-file";
}
function placedVersionsDiffer(a, b, scope) {
  return a.some(
    (x) => b.some(
      (y) => compareVersions(x.version, y.version) !== 0 && markersMayMeet([x.marker, y.marker], scope)
    )
  );
}
function lockFork(entry) {
  const marker = entry.marker;
  if (marker === null || !/\b(?:extra|extras|dependency_groups)\b/.test(marker))
    return marker;
  return null;
}
function requirementApplies(projects, project) {
  const overridden = listOverriddenNames(projects, project);
  const scope = projectScope(project.requiresPython);
  return (r) => !overridden.has(r.name) && markerMayHold(r.marker, scope);
}
function dependencyApplies(project, parent, marker) {
  return markerMayHold(
    marker,
    projectScope(project.requiresPython, listRequestedExtras(project, parent))
  );
}

// src/policy/own-metadata.ts
import * as nodePath5 from "node:path";
function findOwnMetadata(project) {
  for (const entry of listLockedEntries(project)) {
    if (!["editable", "virtual", "directory"].includes(entry.source) || entry.sourceUrl === null)
      continue;
    const lockDirectory = nodePath5.posix.dirname(entry.file);
    const resolved = nodePath5.posix.normalize(
      nodePath5.posix.join(lockDirectory, entry.sourceUrl)
    );
    if (resolved.replace(/\/$/, "") !== project.path) continue;
    const metadata = project.lockMetadata.find(
      (candidate) => candidate.package === entry.name
    );
    if (metadata !== void 0) return metadata;
  }
  return null;
}

// src/policy/uv-lowering.ts
function lowerUvRequirement(requirement) {
  const { markedSources, source: _source, ...plain } = requirement;
  if (markedSources === void 0) return [requirement];
  const out = [];
  for (const entry of markedSources) {
    const marker = joinMarkers2(requirement.marker, entry.marker);
    if (!markerMayHold(marker)) continue;
    out.push(
      entry.source === null ? { ...plain, marker } : {
        ...plain,
        marker,
        specifier: "",
        source: entry.source,
        editable: entry.editable
      }
    );
  }
  const markers = markedSources.map((entry) => entry.marker);
  if (markers.some((m) => m === null)) return out;
  const nowhere = negateMarker(markers.map((m) => `(${m})`).join(" or "));
  if (nowhere === null) return null;
  const remaining = joinMarkers2(requirement.marker, nowhere);
  if (markerMayHold(remaining))
    out.push({ ...plain, url: null, marker: remaining });
  return out;
}
function joinMarkers2(a, b) {
  if (a === null || a.trim() === "") return b;
  if (b === null || b.trim() === "") return a;
  return `(${a}) and (${b})`;
}

// src/policy/uv-source-identity.ts
import * as nodePath6 from "node:path";
function toComparableSource(requirement) {
  const source = requirement.source;
  if (source === void 0) return null;
  switch (source.kind) {
    case "workspace":
      return { kind: "workspace" };
    case "git":
      return {
        kind: "git",
        repository: normalizeRepository(source.value ?? ""),
        reference: source.reference,
        subdirectory: source.subdirectory
      };
    case "url":
      return {
        kind: "url",
        url: source.value ?? "",
        subdirectory: source.subdirectory
      };
    default: {
      const path = nodePath6.posix.normalize(
        nodePath6.posix.join(
          source.base,
          (source.value ?? "").replace(/\\/g, "/")
        )
      );
      const editable = source.kind === "virtual" ? "virtual" : source.kind === "editable" || source.kind === "path" && requirement.editable;
      return { kind: "local", path: path.replace(/\/$/, ""), editable };
    }
  }
}
function sameSource(a, b) {
  if (a === null || b === null) return a === b;
  if (a.kind === "workspace" || b.kind === "workspace")
    return (a.kind === "workspace" || a.kind === "local") && (b.kind === "workspace" || b.kind === "local");
  if (a.kind === "local" && b.kind === "local")
    return a.path === b.path && a.editable === b.editable;
  if (a.kind === "git" && b.kind === "git")
    return a.repository === b.repository && a.reference === b.reference && a.subdirectory === b.subdirectory;
  if (a.kind === "url" && b.kind === "url")
    return a.url === b.url && a.subdirectory === b.subdirectory;
  return false;
}
function describeSource(source) {
  switch (source.kind) {
    case "workspace":
      return "the workspace member";
    case "local":
      return `${source.path}${source.editable === true ? " (editable)" : ""}`;
    case "git":
      return `git ${source.repository}${source.reference === null ? "" : ` ${source.reference}`}${source.subdirectory === null ? "" : ` subdirectory ${source.subdirectory}`}`;
    case "url":
      return source.url;
  }
}
function normalizeRepository(url2) {
  return url2.replace(/^git\+/, "").replace(/[#?].*$/, "").replace(/\/+$/, "").replace(/\.git$/, "");
}

// src/policy/rules/lock-mismatch-metadata.ts
function compareLockMetadata(project, severity) {
  const metadata = findOwnMetadata(project);
  if (metadata === null) return [];
  const undecided = /* @__PURE__ */ new Set();
  const manifest = project.requirements.filter(
    (r) => findFileKind(project, r.file) === "pyproject" && (r.group === "project" || r.group.startsWith("optional:") || r.group === "dev" || r.group.startsWith("group:"))
  ).flatMap((r) => {
    const lowered = lowerUvRequirement(r);
    if (lowered === null) undecided.add(r.name);
    return lowered ?? [r];
  });
  const recorded = [...metadata.requiresDist];
  const devGroups = Object.keys(metadata.requiresDev);
  for (const group of devGroups)
    append(recorded, metadata.requiresDev[group] ?? []);
  const families = new Set(manifest.map((r) => familyOf(r.group)));
  if (devGroups.length === 0) families.delete("dev");
  const declaredKeys = groupKeys(
    manifest.filter((r) => families.has(familyOf(r.group)))
  );
  const recordedKeys = groupKeys(
    recorded.filter((r) => families.has(familyOf(r.group)))
  );
  const findings = [];
  const lockFile = [...recorded, ...listLockedEntries(project)][0]?.file ?? "the lock";
  for (const id of [
    .../* @__PURE__ */ new Set([...declaredKeys.keys(), ...recordedKeys.keys()])
  ].sort(compareText)) {
    const declared = declaredKeys.get(id);
    const locked = recordedKeys.get(id);
    if (undecided.has(id.split("\0")[0] ?? "")) continue;
    if (declared !== void 0 && locked !== void 0 && sameKeys(declared.keys, locked.keys))
      continue;
    const anchor2 = declared?.requirements[0] ?? locked?.requirements[0];
    if (anchor2 === void 0) continue;
    const [name2, group] = id.split("\0");
    const describe4 = (requirements) => requirements === void 0 ? "nothing" : requirements.map((r) => `\`${describeRequirement(r)}\``).join(", ");
    findings.push({
      rule: "lock-mismatch",
      severity,
      project: project.path,
      package: name2,
      file: anchor2.file,
      line: anchor2.line,
      message: `${describeGroup(group)} ${describe4(declared?.requirements)}${declared === void 0 ? ` for \`${name2}\`` : ""}, but ${formatLocation(locked?.requirements[0]?.file ?? lockFile, locked?.requirements[0]?.line ?? null)} recorded ${describe4(locked?.requirements)}: the lock was resolved from an older manifest.`,
      facts: {
        fix: "Run `uv lock`.",
        ...declared?.requirements[0] === void 0 ? {} : { requirement: declared.requirements[0] }
      }
    });
  }
  return findings;
}
function describeGroup(group) {
  if (group === "project") return "the project's dependencies declare";
  if (group.startsWith("optional:"))
    return `the extra \`${group.slice("optional:".length)}\` declares`;
  return `the dependency group \`${group.replace(/^group:/, "")}\` declares`;
}
function familyOf(group) {
  if (group.startsWith("optional:")) return "optional";
  return group === "dev" || group.startsWith("group:") ? "dev" : "project";
}
function groupKeys(requirements) {
  const groups = /* @__PURE__ */ new Map();
  for (const requirement of requirements) {
    const group = requirement.group === "group:dev" ? "dev" : requirement.group.replace(
      /^group:(.*)$/,
      (_, g) => `group:${normalizeName(g)}`
    );
    const id = `${requirement.name}\0${group}`;
    const entry = groups.get(id) ?? { keys: [], requirements: [] };
    const key = comparableKey(requirement);
    if (!entry.keys.some((k) => sameKey(k, key))) entry.keys.push(key);
    entry.requirements.push(requirement);
    groups.set(id, entry);
  }
  return groups;
}
function comparableKey(requirement) {
  const source = toComparableSource(requirement);
  const clauses = requirement.specifier.split(",").map((clause) => clause.replace(/\s+/g, "")).filter((clause) => clause !== "").map((clause) => {
    const match = /^(===|==|!=|~=|<=|>=|<|>)(.*?)(\.\*)?$/.exec(clause);
    const version3 = match?.[2] === void 0 ? null : parseVersion(match[2]);
    return match === null || version3 === null || match[1] === "===" ? clause : `${match[1]}${version3.text}${match[3] ?? ""}`;
  }).sort(compareText);
  const extras = [...new Set(requirement.extras.map(normalizeName))].sort(
    compareText
  );
  return {
    // uv drops the specifier of a requirement it lowers to a git, path, url or workspace source.
    clausesAndExtras: JSON.stringify([source === null ? clauses : [], extras]),
    clauses: JSON.stringify(clauses),
    marker: withoutExtraTerms(requirement.marker),
    source
  };
}
function sameKey(a, b) {
  return (a.clausesAndExtras === b.clausesAndExtras || unloweredMember(a, b)) && (sameSource(a.source, b.source) || unloweredMember(a, b)) && (a.marker === b.marker || markersEquivalent(a.marker, b.marker));
}
function unloweredMember(a, b) {
  const [declared, recorded] = a.source?.kind === "workspace" ? [a, b] : [b, a];
  return declared.source?.kind === "workspace" && recorded.source === null && declared.clauses === recorded.clauses && JSON.parse(declared.clausesAndExtras)[1].join() === JSON.parse(recorded.clausesAndExtras)[1].join();
}
function withoutExtraTerms(marker) {
  if (marker === null) return null;
  const parsed = parsePep508Marker(marker);
  const text3 = (parsed.ok ? parsed.value : marker).replace(/\s+and\s+extra\s*==\s*(["'])[^"']*\1/g, "").replace(/\bextra\s*==\s*(["'])[^"']*\1\s+and\s+/g, "").replace(/\bextra\s*==\s*(["'])[^"']*\1/g, "").replace(/\(\s*\)/g, "").trim();
  return text3 === "" ? null : text3;
}
function sameKeys(a, b) {
  return a.every((x) => b.some((y) => sameKey(x, y))) && b.every((y) => a.some((x) => sameKey(x, y)));
}
function describeRequirement(requirement) {
  const extras = requirement.extras.length > 0 ? `[${requirement.extras.join(",")}]` : "";
  const marker = requirement.marker === null ? "" : `; ${requirement.marker}`;
  const source = toComparableSource(requirement);
  if (source !== null)
    return `${requirement.name}${extras} @ ${describeSource(source)}${marker}`;
  return `${requirement.name}${extras}${requirement.specifier}${marker}`;
}

// src/policy/rules/lock-mismatch.ts
var RELOCK = {
  "uv-lock": "run `uv lock`",
  "poetry-lock": "run `poetry lock`",
  pylock: "export the lock again"
};
function checkLockMismatch(context) {
  const all = [];
  const severity = context.severityOf("lock-mismatch");
  for (const project of context.projects) {
    const findings = [];
    const byLock = /* @__PURE__ */ new Map();
    for (const entry of listLockedEntries(project)) {
      const entries = byLock.get(entry.file) ?? [];
      entries.push(entry);
      byLock.set(entry.file, entries);
    }
    const overridden = listOverriddenNames(context.projects, project);
    const scope = projectScope(project.requiresPython);
    for (const [lockFile, entries] of [...byLock].sort(
      ([a], [b]) => compareText(a, b)
    )) {
      const lockKind = findFileKind(project, lockFile);
      const relock = RELOCK[lockKind] ?? "regenerate the lock";
      for (const requirement of project.requirements) {
        if (!isLockedBy(project, requirement, lockKind)) continue;
        if (requirement.name === project.name) continue;
        if (!markerMayHold(requirement.marker, scope)) continue;
        if (overridden.has(requirement.name) && requirement.group !== "override")
          continue;
        const finding = checkRequirement(context, {
          requirement,
          entries,
          lockFile,
          lockKind,
          relock,
          severity,
          project
        });
        if (finding !== null) findings.push(finding);
      }
    }
    append(
      all,
      mergeSameLine(findings, compareLockMetadata(project, severity))
    );
  }
  return all;
}
function checkRequirement(context, check) {
  const { requirement, lockFile, relock, project } = check;
  const base = {
    rule: "lock-mismatch",
    severity: check.severity,
    project: project.path,
    package: requirement.name,
    file: requirement.file,
    line: requirement.line
  };
  const locked = check.entries.filter(
    (entry) => entry.name === requirement.name
  );
  if (locked.length === 0) {
    if (mayBeMissing(requirement, check.lockKind)) return null;
    return {
      ...base,
      message: `\`${requirement.name}\` is declared but ${lockFile} has no entry for it: the lock is stale and installs from it lack the dependency.`,
      facts: {
        fix: `${capitalize(relock)}.`,
        requirement,
        also: `it has no entry for \`${requirement.name}\``
      }
    };
  }
  if (requirement.url !== null) return null;
  const declared = context.parseSpecifier(requirement.specifier);
  if (declared === null) return null;
  const versions = listApplyingVersions(locked, requirement, project);
  const outside = versions.filter(({ version: version3 }) => !admits(declared, version3));
  const forksReadable = locked.every((e) => lockFork(e) === e.marker);
  if (outside.length === 0 || !forksReadable && outside.length < versions.length)
    return null;
  const held = outside.map(
    ({ entry, version: version3 }) => `${version3.text} (${formatLocation(entry.file, entry.line)})`
  );
  return {
    ...base,
    message: `\`${requirement.name}${requirement.specifier}\` is declared but ${lockFile} holds ${held.join(", ")}: installs from the lock do not get what the manifest asks for.`,
    counterexample: outside[0]?.version.text ?? "",
    facts: {
      fix: `${capitalize(relock)}.`,
      requirement,
      stale: outside.map(({ entry }) => entry),
      also: `it holds ${held.join(", ")}, which \`${requirement.specifier}\` does not admit`
    }
  };
}
function listApplyingVersions(locked, requirement, project) {
  const scope = projectScope(project.requiresPython);
  return locked.flatMap((entry) => {
    const version3 = parseLockedVersion(entry);
    if (version3 === null) return [];
    if (!markersMayMeet([requirement.marker, lockFork(entry)], scope))
      return [];
    return [{ entry, version: version3 }];
  });
}
function mergeSameLine(entries, metadata) {
  const merged = [];
  const absorbed = /* @__PURE__ */ new Set();
  for (const finding of metadata) {
    const same = entries.find(
      (entry) => !absorbed.has(entry) && entry.file === finding.file && entry.line === finding.line && entry.package === finding.package
    );
    if (same === void 0) {
      merged.push(finding);
      continue;
    }
    absorbed.add(same);
    merged.push({
      ...finding,
      message: `${finding.message.replace(/\.$/, "")}, and ${same.facts.also ?? same.message}.`,
      ...same.counterexample === void 0 ? {} : { counterexample: same.counterexample },
      facts: {
        ...finding.facts,
        ...same.facts.stale === void 0 ? {} : { stale: same.facts.stale }
      }
    });
  }
  return [...entries.filter((entry) => !absorbed.has(entry)), ...merged];
}
function isLockedBy(project, requirement, lockKind) {
  if (findFileKind(project, requirement.file) !== "pyproject" || requirement.group === "build")
    return false;
  const group = requirement.group;
  const poetry = group === "poetry" || group.startsWith("poetry-group:");
  if (poetry && requirement.name === "python") return false;
  if (lockKind === "uv-lock") return !poetry;
  if (lockKind === "poetry-lock")
    return poetry || group === "project" || group.startsWith("optional:");
  return true;
}
function mayBeMissing(requirement, lockKind) {
  if (requirement.marker !== null) return true;
  if (requirement.group === "constraint" || requirement.group === "override")
    return true;
  return lockKind === "pylock" && requirement.group !== "project";
}
function capitalize(text3) {
  return text3.charAt(0).toUpperCase() + text3.slice(1);
}

// src/policy/finding-causes.ts
var LINE_RULES = [
  "banned",
  "compat",
  "outside-policy",
  "unpinned"
];
var unequal = 0;
function keyOf(...values) {
  return values.map((value) => {
    if (value === void 0) return "u";
    if (typeof value === "number" && !Number.isFinite(value))
      return Number.isNaN(value) ? `nan${unequal++}` : value > 0 ? "i+" : "i-";
    return JSON.stringify(value);
  }).join(",");
}
function groupBy(findings, keysOf) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    for (const key of keysOf(finding)) {
      const group = groups.get(key);
      if (group === void 0) groups.set(key, [finding]);
      else if (group[group.length - 1] !== finding) group.push(finding);
    }
  }
  return groups;
}
function indexManifestCauses(findings) {
  const groups = groupBy(
    findings,
    (f) => f.facts.requirement === void 0 ? [] : [keyOf(f.rule, f.project, f.package)]
  );
  return (finding, project, lockKind) => groups.get(keyOf(finding.rule, finding.project, finding.package))?.find(
    (other) => other.facts.requirement !== void 0 && isLockedBy(project, other.facts.requirement, lockKind)
  );
}
function indexConflictCauses(findings) {
  const groups = groupBy(
    findings,
    (f) => f.rule !== "unpinned" && LINE_RULES.includes(f.rule) && f.facts.replacement !== void 0 ? [keyOf(f.project, f.package, f.file, f.line)] : []
  );
  return (conflict, member) => groups.get(keyOf(conflict.project, conflict.package, member.file, member.line))?.find((f) => f !== conflict);
}
function indexStaleLockCauses(findings) {
  const groups = groupBy(
    findings,
    (f) => f.rule === "lock-mismatch" ? (f.facts.stale ?? []).map(
      (stale) => keyOf(f.project, f.package, stale.file, stale.line)
    ) : []
  );
  return (finding) => {
    const entry = finding.facts.entry;
    if (entry === void 0) return void 0;
    return groups.get(
      keyOf(finding.project, finding.package, entry.file, entry.line)
    )?.[0];
  };
}
function indexLineFixCauses(findings) {
  const groups = groupBy(
    findings,
    (f) => LINE_RULES.includes(f.rule) && f.suggestion !== void 0 ? [lineFixKey(f)] : []
  );
  return (finding) => groups.get(lineFixKey(finding))?.[0];
}
function lineFixKey(f) {
  return keyOf(f.project, f.package, f.file, f.line, f.suggestion);
}

// src/policy/consolidate-findings.ts
function consolidateFindings(findings, projects) {
  let result = dropSharedDuplicates(findings, projects);
  result = dropOnUnsatisfiableLines(result);
  result = foldLockIntoManifest(result, projects);
  result = mergeSameLine2(result);
  result = foldConflicts(result);
  result = foldInconsistentIntoStaleLock(result);
  result = foldInconsistentIntoLineFix(result);
  return result;
}
function dropSharedDuplicates(findings, projects) {
  const byKey = /* @__PURE__ */ new Map();
  const byPath = indexProjects(projects);
  const owner = (finding) => {
    const project = byPath.get(finding.project);
    return project !== void 0 && finding.file !== null && ownsFile(project, finding.file);
  };
  const kept2 = [];
  const keptAt = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (finding.file === null || finding.project === null) {
      kept2.push(finding);
      continue;
    }
    const key = JSON.stringify([
      finding.rule,
      finding.file,
      finding.line,
      finding.package,
      finding.message,
      finding.facts.fix,
      finding.suggestion
    ]);
    const seen = byKey.get(key);
    if (seen === void 0) {
      byKey.set(key, finding);
      keptAt.set(finding, kept2.length);
      kept2.push(finding);
    } else if (!owner(seen) && owner(finding)) {
      const at2 = keptAt.get(seen) ?? -1;
      kept2[at2] = finding;
      keptAt.set(finding, at2);
      byKey.set(key, finding);
    }
  }
  return kept2;
}
function dropOnUnsatisfiableLines(findings) {
  const lines = new Set(
    findings.flatMap(
      (f) => f.facts.unsatisfiable === true && f.file !== null ? [`${f.package}\0${f.file}\0${f.line}`] : []
    )
  );
  if (lines.size === 0) return [...findings];
  const on = (file, line, name2) => lines.has(`${name2}\0${file}\0${line}`);
  return findings.filter(
    (f) => f.facts.unsatisfiable === true || !(on(f.file, f.line, f.package) || f.facts.requirement !== void 0 && on(
      f.facts.requirement.file,
      f.facts.requirement.line,
      f.facts.requirement.name
    ) || (f.facts.clash?.members ?? []).some(
      (m) => on(m.file, m.line, f.package)
    ))
  );
}
function foldLockIntoManifest(findings, projects) {
  const notes = /* @__PURE__ */ new Map();
  const dropped = /* @__PURE__ */ new Set();
  const byPath = indexProjects(projects);
  const causeOf = indexManifestCauses(findings);
  for (const finding of findings) {
    const entry = finding.facts.entry;
    if (entry === void 0 || !["banned", "compat", "outside-policy"].includes(finding.rule))
      continue;
    const project = byPath.get(finding.project);
    if (project === void 0) continue;
    const cause = causeOf(finding, project, findFileKind(project, entry.file));
    if (cause === void 0) continue;
    dropped.add(finding);
    notes.set(cause, [
      ...notes.get(cause) ?? [],
      `${formatLocation(entry.file, entry.line)} holds ${entry.version ?? "it"} because of it; re-lock after the fix.`
    ]);
  }
  return findings.filter((finding) => !dropped.has(finding)).map((finding) => {
    const added = notes.get(finding);
    return added === void 0 ? finding : { ...finding, message: `${finding.message} ${added.join(" ")}` };
  });
}
function mergeSameLine2(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (finding.facts.requirement === void 0 || !LINE_RULES.includes(finding.rule))
      continue;
    const key = JSON.stringify([
      finding.project,
      finding.package,
      finding.file,
      finding.line
    ]);
    const group = groups.get(key);
    if (group === void 0) groups.set(key, [finding]);
    else group.push(finding);
  }
  const replaced = /* @__PURE__ */ new Map();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const rank = (f) => LINE_RULES.indexOf(f.rule);
    const [primary, ...rest] = [...group].sort(
      (a, b) => severityRank(a) - severityRank(b) || rank(a) - rank(b)
    );
    if (primary === void 0) continue;
    const also = rest.flatMap(
      (f) => f.facts.also === void 0 ? [] : [f.facts.also]
    );
    const merged = {
      ...withAlso(primary, rest),
      message: also.length === 0 ? primary.message : `${primary.message} Besides, ${joinClauses(also)}.`
    };
    if (merged.suggestion === void 0) {
      const other = rest.find((f) => f.suggestion !== void 0);
      if (other !== void 0) {
        merged.suggestion = other.suggestion;
        merged.facts = {
          ...merged.facts,
          ...other.facts.fix === void 0 ? {} : { fix: other.facts.fix },
          ...other.facts.replacement === void 0 ? {} : { replacement: other.facts.replacement }
        };
      }
    }
    replaced.set(primary, merged);
    for (const f of rest) replaced.set(f, null);
  }
  return findings.flatMap((finding) => {
    const replacement = replaced.get(finding);
    if (replacement === void 0) return [finding];
    return replacement === null ? [] : [replacement];
  });
}
function foldConflicts(findings) {
  const notes = /* @__PURE__ */ new Map();
  const foldedInto = /* @__PURE__ */ new Map();
  const dropped = /* @__PURE__ */ new Set();
  const causeOf = indexConflictCauses(findings);
  for (const conflict of findings) {
    const clash = conflict.facts.clash;
    if (conflict.rule !== "conflict" && conflict.rule !== "diverged" || clash === void 0)
      continue;
    for (const member of clash.members) {
      if (!member.own) continue;
      const cause = causeOf(conflict, member);
      if (cause === void 0 || !resolves(cause.facts.replacement ?? "", member, clash.together))
        continue;
      const satisfied = notes.get(cause) ?? [];
      for (const other of clash.members) {
        const text3 = `\`${other.text}\` (${other.origin})`;
        if (other !== member && !satisfied.includes(text3)) satisfied.push(text3);
      }
      dropped.add(conflict);
      notes.set(cause, satisfied);
      foldedInto.set(cause, [...foldedInto.get(cause) ?? [], conflict]);
      break;
    }
  }
  return findings.filter((finding) => !dropped.has(finding)).map((finding) => {
    const satisfied = notes.get(finding);
    return satisfied === void 0 ? finding : {
      ...withAlso(finding, foldedInto.get(finding) ?? []),
      message: `${finding.message} The fix also satisfies ${joinClauses(satisfied)}.`
    };
  });
}
function resolves(replacement, member, together) {
  const parsed = safely(() => parseSpecifierSet(replacement), null);
  if (parsed === null || !parsed.ok) return false;
  return safely(() => {
    let set = parsed.value.set;
    for (const other of together)
      if (other !== member) set = intersect(set, other.set);
    return !isEmpty(set);
  }, false);
}
function foldInconsistentIntoStaleLock(findings) {
  const notes = /* @__PURE__ */ new Map();
  const dropped = /* @__PURE__ */ new Set();
  const causeOf = indexStaleLockCauses(findings);
  for (const finding of findings) {
    if (finding.rule !== "inconsistent") continue;
    const cause = causeOf(finding);
    if (cause === void 0) continue;
    dropped.add(finding);
    notes.set(cause, [
      ...notes.get(cause) ?? [],
      `Meanwhile ${finding.facts.also ?? finding.message}.`
    ]);
  }
  return findings.filter((finding) => !dropped.has(finding)).map((finding) => {
    const added = notes.get(finding);
    return added === void 0 ? finding : {
      ...withAlso(finding, [{ rule: "inconsistent" }]),
      message: `${finding.message} ${added.join(" ")}`
    };
  });
}
function foldInconsistentIntoLineFix(findings) {
  const folded = /* @__PURE__ */ new Set();
  const causes = /* @__PURE__ */ new Map();
  const causeOf = indexLineFixCauses(findings);
  for (const finding of findings) {
    if (finding.rule !== "inconsistent" || finding.suggestion === void 0)
      continue;
    const cause = causeOf(finding);
    if (cause === void 0) continue;
    folded.add(finding);
    causes.set(cause, {
      ...withAlso(causes.get(cause) ?? cause, [finding]),
      message: `${(causes.get(cause) ?? cause).message} The fix also brings this project in line with the other projects of the repository.`
    });
  }
  return findings.flatMap((f) => folded.has(f) ? [] : [causes.get(f) ?? f]);
}
function indexProjects(projects) {
  const byPath = /* @__PURE__ */ new Map();
  for (const project of projects)
    if (!byPath.has(project.path)) byPath.set(project.path, project);
  return byPath;
}
function withAlso(finding, folded) {
  const ids = [...finding.also ?? []];
  for (const f of folded)
    for (const id of [f.rule, ...f.also ?? []])
      if (id !== finding.rule && !ids.includes(id)) ids.push(id);
  return ids.length === 0 ? finding : { ...finding, also: ids };
}
function severityRank(finding) {
  return ["error", "warning", "notice"].indexOf(finding.severity);
}
function joinClauses(clauses) {
  if (clauses.length <= 1) return clauses.join("");
  return `${clauses.slice(0, -1).join(", ")} and ${clauses[clauses.length - 1]}`;
}

// src/policy/glob-match.ts
var import_picomatch5 = __toESM(require_picomatch2(), 1);
var matchers = createBoundedCache(1e4);
function matchesGlob(path, glob) {
  return matchers.get(glob, compileGlob)(path);
}
function compileGlob(glob) {
  return (0, import_picomatch5.default)(glob, { dot: true, windows: false });
}
var PLAIN_PATH = /^(?!\.\.?(?:\/|$))(?!.*\/\.\.?(?:\/|$))(?!.*\/\/)[\w. /-]*[\w. -]$/;
function isPlainPath(glob) {
  return PLAIN_PATH.test(glob);
}

// src/policy/exception-match.ts
function isSuppressedBy(finding, exception) {
  if (exception.rule !== finding.rule) return false;
  if (exception.package !== null && exception.package !== finding.package)
    return false;
  if (exception.project !== null && (finding.project === null || !matchesGlob(finding.project, exception.project))) {
    return false;
  }
  return exception.file === null || finding.file !== null && matchesGlob(finding.file, exception.file);
}

// src/policy/finalize-finding.ts
function finalizeFinding(finding) {
  const { facts, ...rest } = finding;
  const fix = facts.fix === void 0 ? "" : ` ${facts.fix}`;
  const detail = facts.detail === void 0 ? "" : `
${facts.detail}`;
  const key = identifyFinding(finding);
  return {
    ...rest,
    message: `${finding.message}${fix}${detail}`,
    ...key === void 0 ? {} : { key }
  };
}
function identifyFinding(finding) {
  const { requirement, entry, stale, clash } = finding.facts;
  if (requirement === void 0 && entry === void 0 && stale === void 0 && clash === void 0)
    return void 0;
  return JSON.stringify([
    finding.rule,
    finding.project,
    finding.package,
    finding.file,
    requirement === void 0 ? null : [
      requirement.name,
      requirement.specifier,
      requirement.marker,
      requirement.url,
      requirement.group
    ],
    entry === void 0 ? null : [entry.name, entry.version, entry.file],
    (stale ?? []).map((e) => `${e.name}==${e.version ?? ""}`).sort(compareText),
    // The other side of a clash, as written: not its line, not its origin (which names lines).
    (clash?.members ?? []).map((m) => `${m.file}\0${m.text}`).sort(compareText)
  ]);
}

// src/policy/install-sets.ts
import { posix as posix11 } from "node:path";
function listInstallSets(project) {
  if (project.installSets !== void 0) return project.installSets;
  const files = [
    .../* @__PURE__ */ new Set([
      ...project.files.map((f) => f.path),
      ...project.requirements.map((r) => r.file),
      ...project.locked.map((e) => e.file)
    ])
  ];
  return [
    {
      kind: "pyproject",
      root: files[0] ?? project.path,
      files,
      constraints: [],
      inputs: []
    }
  ];
}
function listSetRequirements(project, set) {
  const files = new Set(set.files);
  return project.requirements.filter((r) => files.has(r.file));
}
function listResolutionViews(project) {
  return listInstallSets(project).flatMap((set) => {
    const withLocks = set.kind === "pyproject";
    if (set.kind !== "compiled")
      return [{ files: new Set(set.files), withLocks }];
    const inputs = /* @__PURE__ */ new Set([...set.inputs, ...set.constraints]);
    const outputs = new Set(set.files.filter((f) => !set.inputs.includes(f)));
    return [
      { files: inputs, withLocks: false },
      { files: outputs, withLocks: false }
    ];
  });
}
function listFilesResolvedWith(project, file) {
  const views = listResolutionViews(project).filter(
    (view) => view.files.has(file)
  );
  if (views.length === 0) return void 0;
  return new Set(views.flatMap((view) => [...view.files]));
}
function isConstraintIn(requirement, set) {
  return requirement.group === "constraint" || requirement.group === "constraints-file" || set.constraints.includes(requirement.file);
}
function applyInstallDeclarations(projects, policy, options = { partial: false }) {
  if (policy.install.length === 0) return;
  const sets = projects.flatMap(
    (project) => listInstallSets(project).map((set) => ({ project, set }))
  );
  const byRoot = new Map(sets.map((entry) => [entry.set.root, entry]));
  const roots = [...byRoot.keys()];
  for (const declaration of policy.install) {
    const each = roots.filter(
      (root) => declaration.each.some((glob) => matches(root, glob))
    );
    for (const glob of declaration.each)
      if (!options.partial && !roots.some((root) => matches(root, glob)))
        fail2(
          declaration,
          policy,
          `\`each\` ${JSON.stringify(glob)} matches no discovered dependency file`
        );
    for (const root of each) {
      const target = byRoot.get(root);
      for (const entry of declaration.with) {
        const found = findWith(entry, root, roots, byRoot);
        if (found.length === 0 && !options.partial)
          fail2(
            declaration,
            policy,
            `\`with\` ${JSON.stringify(entry)} matches no discovered dependency file${isRelative(entry) ? ` next to ${root}` : ""}`
          );
        for (const other of found)
          join10(target, byRoot.get(other));
      }
    }
  }
}
function join10(target, added) {
  if (target.set === added.set) return;
  for (const file of added.set.files)
    if (!target.set.files.includes(file)) target.set.files.push(file);
  for (const file of added.set.constraints)
    if (!target.set.constraints.includes(file))
      target.set.constraints.push(file);
  if (target.project === added.project) return;
  const files = new Set(added.set.files);
  const known = new Set(
    target.project.requirements.map(
      (r) => `${r.file}\0${r.line}\0${r.name}\0${r.group}`
    )
  );
  for (const r of added.project.requirements)
    if (files.has(r.file) && !known.has(`${r.file}\0${r.line}\0${r.name}\0${r.group}`))
      target.project.requirements.push(r);
}
function findWith(entry, root, roots, byRoot) {
  if (isRelative(entry)) {
    const path = posix11.normalize(posix11.join(posix11.dirname(root), entry));
    if (isPlainPath(path)) return byRoot.has(path) ? [path] : [];
    return roots.filter(
      (candidate) => candidate === path || matches(candidate, path)
    );
  }
  return roots.filter((candidate) => matches(candidate, entry));
}
function isRelative(entry) {
  return entry.startsWith("./") || entry.startsWith("../");
}
function matches(path, glob) {
  return matchesGlob(path, glob.replace(/^\.\//, ""));
}
function fail2(declaration, policy, message) {
  throw new ConfigurationError(
    `[[install]]: ${message}`,
    policy.file,
    declaration.line
  );
}
function isCompiledInput(project, requirement) {
  return listInstallSets(project).some(
    (set) => set.kind === "compiled" && set.inputs.includes(requirement.file) && !requirement.file.endsWith("pyproject.toml")
  );
}
function findEffectiveRange(project, requirement) {
  const sets = listInstallSets(project).filter(
    (set) => set.files.includes(requirement.file)
  );
  if (sets.length === 0 || sets.some((set) => isConstraintIn(requirement, set)))
    return { specifier: requirement.specifier, constraints: [] };
  let common = null;
  for (const set of sets) {
    const applying = (listConstraintsByName(project, set).get(requirement.name) ?? []).filter(
      (c) => c !== requirement && (c.marker === null || c.marker === requirement.marker)
    );
    common = common === null ? applying : common.filter((c) => applying.includes(c));
  }
  const constraints = common ?? [];
  return {
    specifier: [requirement.specifier, ...constraints.map((c) => c.specifier)].filter((s) => s !== "").join(","),
    constraints
  };
}
var constraintIndexes = /* @__PURE__ */ new WeakMap();
function listConstraintsByName(project, set) {
  const sizes = [
    project.requirements.length,
    set.files.length,
    set.constraints.length
  ];
  const cached2 = constraintIndexes.get(set);
  if (cached2?.requirements === project.requirements && cached2.sizes.every((size, i) => size === sizes[i]))
    return cached2.byName;
  const byName = /* @__PURE__ */ new Map();
  for (const c of listSetRequirements(project, set)) {
    if (!isConstraintIn(c, set) || c.url !== null || c.specifier === "")
      continue;
    const list = byName.get(c.name);
    if (list) list.push(c);
    else byName.set(c.name, [c]);
  }
  constraintIndexes.set(set, {
    requirements: project.requirements,
    sizes,
    byName
  });
  return byName;
}
function describeConstraints(constraints) {
  if (constraints.length === 0) return "";
  return ` (with ${constraints.map((c) => `\`${c.name}${c.specifier}\` from ${formatLocation(c.file, c.line)}`).join(" and ")})`;
}
function describeEffectiveRange(requirement, constraints) {
  if (requirement.specifier !== "")
    return `\`${requirement.specifier}\`${describeConstraints(constraints)}`;
  if (constraints.length === 0) return "";
  return `with no version constraint of its own, only ${constraints.map((c) => `\`${c.name}${c.specifier}\` from ${formatLocation(c.file, c.line)}`).join(" and ")},`;
}

// src/policy/compat-match.ts
function matchCompatWhen(context, project, rule, files) {
  const when = context.parseSpecifier(rule.when.specifier);
  if (when === null) return null;
  const name2 = rule.when.name;
  const inScope = (file) => files === void 0 || files.has(file);
  const locked = listLockedVersions(project, name2, inScope);
  if (locked.length > 0) {
    const match = locked.find(({ version: version3 }) => admits(when, version3));
    return match === void 0 ? null : `${formatLocation(match.entry.file, match.entry.line)} locks ${name2} ${match.version.text}`;
  }
  const declared = project.requirements.filter(
    (r) => r.name === name2 && r.group !== "build" && r.url === null && inScope(r.file)
  );
  const parsed = declared.flatMap((requirement) => {
    const set = context.parseSpecifier(requirement.specifier);
    return set === null || requirement.specifier === "" ? [] : [{ requirement, set }];
  });
  const pinned = parsed.flatMap(({ requirement, set }) => {
    const version3 = findExactVersion(set);
    return version3 === null ? [] : [{ requirement, version: version3 }];
  });
  if (pinned.length > 0) {
    const match = pinned.find(({ version: version3 }) => admits(when, version3));
    return match === void 0 ? null : `${formatLocation(match.requirement.file, match.requirement.line)} pins ${name2} ${match.version.text}`;
  }
  const inside = parsed.find(
    ({ set }) => safely(() => subset(set.set, when.set).ok, false)
  );
  return inside === void 0 ? null : `${formatLocation(inside.requirement.file, inside.requirement.line)} declares \`${name2}${inside.requirement.specifier}\``;
}

// src/policy/acceptable-versions.ts
function isVersionAcceptable(context, project, name2, version3) {
  return listConstraints(context, project, name2).every(
    (set) => admits(set, version3)
  ) && !listBanned(context, name2).some((set) => admits(set, version3));
}
function listConstraints(context, project, name2, files) {
  const sets = [];
  const allowed = context.policy.packages[name2]?.allowed;
  const parsedAllowed = allowed === void 0 ? null : context.parseSpecifier(allowed);
  if (parsedAllowed !== null) sets.push(parsedAllowed);
  for (const rule of context.policy.compat) {
    if (rule.require.name !== name2) continue;
    const require2 = context.parseSpecifier(rule.require.specifier);
    if (require2 !== null && matchCompatWhen(context, project, rule, files) !== null)
      sets.push(require2);
  }
  return sets;
}
function listBanned(context, name2) {
  return (context.policy.packages[name2]?.banned ?? []).flatMap((text3) => {
    const set = context.parseSpecifier(text3);
    return set === null ? [] : [set];
  });
}

// src/policy/fleet-versions.ts
function listFleetVersions(context, name2) {
  let byName = fleetVersions.get(context);
  if (byName === void 0) {
    byName = indexFleetVersions(context);
    fleetVersions.set(context, byName);
  }
  const versions = byName.get(name2);
  return versions === void 0 ? [] : [...versions.values()].sort(compareVersions);
}
var fleetVersions = /* @__PURE__ */ new WeakMap();
function indexFleetVersions(context) {
  const byName = /* @__PURE__ */ new Map();
  const add = (name2, version3) => {
    const seen = byName.get(name2);
    if (seen === void 0)
      byName.set(name2, /* @__PURE__ */ new Map([[version3.text, version3]]));
    else seen.set(version3.text, version3);
  };
  for (const project of context.projects) {
    const lockedNames = new Set(
      listLockedEntries(project).map((entry) => entry.name)
    );
    for (const name2 of lockedNames)
      for (const { version: version3 } of listLockedVersions(project, name2))
        add(name2, version3);
    for (const requirement of project.requirements) {
      if (requirement.url !== null) continue;
      const set = context.parseSpecifier(requirement.specifier);
      const version3 = set === null ? null : findExactVersion(set);
      if (version3 !== null) add(requirement.name, version3);
    }
  }
  return byName;
}

// src/policy/pin-level.ts
var import_picomatch6 = __toESM(require_picomatch2(), 1);
function meetsPinLevel(actual, required2) {
  return PIN_LEVELS.indexOf(actual) <= PIN_LEVELS.indexOf(required2);
}
function isLocalUrl(url2) {
  return !/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url2) || /^file:/i.test(url2);
}
function isPinnedUrl(url2) {
  if (/#(?:.*&)?(?:sha256|sha384|sha512)=[0-9a-f]+/i.test(url2)) return true;
  return /^git\+[^#?]*@[0-9a-f]{40}(?:[#?]|$)/i.test(url2);
}
function findPinLevel(requirement, set) {
  if (requirement.url !== null) {
    if (isLocalUrl(requirement.url) || isPinnedUrl(requirement.url) || requirement.hashes > 0)
      return "exact";
    return "specified";
  }
  if (requirement.specifier.trim() === "") return "any";
  if (set === null) return null;
  const clauses = set.clauses;
  if (isExactPin(set)) return "exact";
  if (clauses.some(
    (c) => c.operator === "~=" || c.operator === "==" && c.wildcard
  ))
    return "compatible";
  if (safely(() => hasUpperBound(set), false)) return "bounded";
  return "specified";
}
function findRequiredPinLevel(policy, project, requirement) {
  const packagePin = policy.packages[requirement.name]?.pin;
  if (packagePin !== void 0)
    return { level: packagePin, key: `packages.${requirement.name}.pin` };
  const fileLevel = findFilePinLevel(policy, requirement.file);
  if (fileLevel !== null) return fileLevel;
  for (const family of findGroupFamilies(requirement)) {
    const familyLevel = policy.pins[family];
    if (familyLevel !== void 0)
      return { level: familyLevel, key: `pins.${family}` };
  }
  const kind = findPinKind(project, requirement);
  const kindLevel = policy.pins[kind];
  if (kindLevel !== void 0) return { level: kindLevel, key: `pins.${kind}` };
  return { level: policy.pins.default, key: "pins.default" };
}
function findGroupFamilies(requirement) {
  const family = findGroupFamily(requirement.group);
  if (family === "optional" && isDevName(requirement.group.slice(9)))
    return ["dev", "optional"];
  if (requirement.group === "requirements" && isDevRequirementsFile(requirement.file))
    return ["dev"];
  return family === null ? [] : [family];
}
function findGroupFamily(group) {
  if (group === "build") return "build";
  if (group === "dev" || group.startsWith("group:") || group.startsWith("poetry-group:"))
    return "dev";
  if (group.startsWith("optional:")) return "optional";
  if (group === "constraint" || group === "override" || group === "constraints-file")
    return "constraints";
  return null;
}
function findPinKind(project, requirement) {
  if (findFileKind(project, requirement.file) !== "pyproject")
    return "requirements";
  return requirement.group === "poetry" || requirement.group.startsWith("poetry-group:") ? "poetry" : "pyproject";
}
var DEV_EXTRAS = [
  "dev",
  "develop",
  "development",
  "test",
  "tests",
  "testing",
  "lint",
  "docs",
  "doc",
  "typing"
];
function isDevName(extra) {
  return DEV_EXTRAS.includes(extra.toLowerCase().replace(/[-_.]+/g, "-"));
}
function isDevRequirementsFile(file) {
  const name2 = file.slice(file.lastIndexOf("/") + 1).toLowerCase();
  return name2.includes("dev") || name2.includes("test");
}
var FILE_MATCHERS = /* @__PURE__ */ new WeakMap();
function findFilePinLevel(policy, file) {
  const entries = policy.pins.files;
  if (entries.length === 0) return null;
  let matchers2 = FILE_MATCHERS.get(entries);
  if (matchers2 === void 0) {
    matchers2 = entries.map((entry2) => (0, import_picomatch6.default)(entry2.glob, { dot: true }));
    FILE_MATCHERS.set(entries, matchers2);
  }
  const index = matchers2.findIndex((matches2) => matches2(file));
  const entry = entries[index];
  return entry === void 0 ? null : { level: entry.level, key: `pins.files[${index}].level` };
}

// src/policy/suggest-requirement.ts
function suggestRequirement(context, project, requirement, options = {}) {
  if (requirement.url !== null) return null;
  const declared = context.parseSpecifier(requirement.specifier);
  if (declared === null) return null;
  const name2 = requirement.name;
  const together = listFilesResolvedWith(project, requirement.file);
  const constraints = listConstraints(context, project, name2, together);
  const banned = listBanned(context, name2);
  const needed = listRequirementsOn(context, project, name2, together).map(
    (r) => r.set
  );
  const accept = (v) => constraints.every((set) => admits(set, v)) && !banned.some((set) => admits(set, v));
  const level = findExactVersion(declared) !== null ? "exact" : findRequiredPinLevel(context.policy, project, requirement).level;
  const specifier = level === "exact" ? suggestPin(context, project, requirement, declared, constraints, {
    accept,
    needed,
    preferLocked: options.preferLocked === true
  }) : suggestRange(project, requirement, declared, level, {
    constraints,
    banned,
    needed,
    accept
  });
  return specifier === null ? null : { specifier, line: formatRequirement(requirement, specifier) };
}
function suggestPin(context, project, requirement, declared, constraints, options) {
  const { accept, needed } = options;
  const others = listOtherRequirementSets(context, project, requirement);
  const tightening = findExactVersion(declared) === null;
  const keepsDeclared = (v) => !tightening || admits(declared, v);
  const installable = (v) => accept(v) && keepsDeclared(v) && needed.every((set) => admits(set, v));
  const fits = (v) => installable(v) && others.every((set) => admits(set, v));
  if (options.preferLocked) {
    const locked = listLockedVersions(project, requirement.name);
    const only = locked.length === 1 ? locked[0]?.version : void 0;
    if (only !== void 0 && installable(only)) return `==${only.text}`;
  }
  const used = listFleetVersions(context, requirement.name).reverse();
  const floors = [...constraints, ...needed].flatMap((set) => set.clauses).filter(
    (c) => c.operator === "~=" || c.operator === ">=" || c.operator === "==" && !c.wildcard
  ).flatMap((c) => {
    const v = parseVersion(c.version);
    return v === null ? [] : [v];
  }).sort(compareVersions);
  const candidates = [...used, ...floors];
  if (tightening && constraints.length + needed.length > 0) {
    append(candidates, listFloors([declared]));
    const sample = safely(
      () => sampleMember(
        [...constraints, ...needed].reduce(
          (set, other) => intersect(set, other.set),
          declared.set
        )
      ),
      null
    );
    const parsed = sample === null ? null : parseVersion(sample);
    if (parsed !== null) candidates.push(parsed);
  }
  const pick2 = candidates.find(fits) ?? candidates.find(installable) ?? candidates.find((v) => accept(v) && keepsDeclared(v));
  return pick2 === void 0 ? null : `==${pick2.text}`;
}
function listFloors(sets) {
  return sets.flatMap((set) => set.clauses).filter(
    (c) => c.operator === "~=" || c.operator === ">=" || c.operator === "=="
  ).flatMap((c) => {
    const v = parseVersion(c.version);
    return v === null ? [] : [v];
  }).sort(compareVersions);
}
function suggestRange(project, requirement, declared, level, options) {
  const { constraints, banned, needed } = options;
  const attempts = [
    [...constraints, declared],
    [...constraints, declared, ...needed],
    constraints,
    [...constraints, ...needed]
  ];
  const locked = listLockedVersions(project, requirement.name);
  const only = locked.length === 1 ? locked[0]?.version : void 0;
  if (only !== void 0 && options.accept(only)) {
    const derived = deriveFromVersion(only, level);
    if (derived !== null) attempts.push([...constraints, derived]);
  }
  const overlapsNeeded = (range2) => needed.every(
    (set) => safely(() => !isEmpty(intersect(range2.set, set.set)), true)
  );
  for (const strict of [true, false]) {
    for (const sets of attempts) {
      const clauses = combineClauses(sets);
      if (clauses === null) continue;
      const excluded = excludeBanned(clauses, banned);
      const parsed = parse3(excluded.join(","));
      if (parsed === null || excluded.length === 0) continue;
      if (safely(() => isEmpty(parsed), true)) continue;
      if (strict && !overlapsNeeded(parsed)) continue;
      const reached = findPinLevel(
        { ...requirement, url: null, specifier: parsed.text },
        parsed
      );
      if (reached !== null && meetsPinLevel(reached, level)) return parsed.text;
    }
  }
  return null;
}
function deriveFromVersion(version3, level) {
  const release = version3.release.map(String);
  switch (level) {
    case "compatible":
      return parse3(
        `~=${release.length >= 2 ? version3.public : `${version3.public}.0`}`
      );
    case "bounded":
      return parse3(`>=${version3.public},<${BigInt(release[0] ?? "0") + 1n}`);
    default:
      return parse3(`>=${version3.public}`);
  }
}
function combineClauses(sets) {
  const kept2 = [];
  const implied = (clauses, clause) => {
    const all2 = parse3(clauses.join(","));
    const one = parse3(clause);
    return clauses.length > 0 && all2 !== null && one !== null && safely(() => subset(all2.set, one.set).ok, false);
  };
  for (const set of sets)
    for (const clause of set.clauses)
      if (!kept2.includes(clause.text) && !implied(kept2, clause.text))
        kept2.push(clause.text);
  for (const clause of [...kept2]) {
    const rest = kept2.filter((c) => c !== clause);
    if (implied(rest, clause)) kept2.splice(kept2.indexOf(clause), 1);
  }
  const all = parse3(kept2.join(","));
  if (all === null || safely(() => isEmpty(all), true)) return null;
  const rank = (clause) => clause.startsWith("<") ? 2 : clause.startsWith("!=") ? 3 : clause.startsWith(">") ? 1 : 0;
  return [...kept2].sort((a, b) => rank(a) - rank(b));
}
var COMPLEMENT = {
  "==": "!=",
  "!=": "==",
  "<": ">=",
  "<=": ">",
  ">": "<=",
  ">=": "<"
};
function excludeBanned(clauses, banned) {
  const result = [...clauses];
  for (const set of banned) {
    const current = parse3(result.join(","));
    if (current === null) return result;
    const overlap = safely(() => intersect(current.set, set.set), null);
    if (overlap === null || safely(() => isEmpty(overlap), true)) continue;
    const [clause, ...more] = set.clauses;
    const operator = clause === void 0 ? void 0 : COMPLEMENT[clause.operator];
    if (clause !== void 0 && more.length === 0 && operator !== void 0)
      result.push(`${operator}${clause.version}`);
  }
  return result;
}
function listOtherRequirementSets(context, project, requirement) {
  return project.requirements.flatMap((other) => {
    if (other === requirement || other.name !== requirement.name || other.group === "build" || other.url !== null || other.file === requirement.file && other.line === requirement.line)
      return [];
    const set = context.parseSpecifier(other.specifier);
    return set === null ? [] : [set];
  });
}
function parse3(text3) {
  const result = safely(() => parseSpecifierSet(text3), null);
  return result?.ok ? result.value : null;
}

// src/policy/rules/unsatisfiable.ts
function checkUnsatisfiable(context) {
  const findings = [];
  const severity = context.severityOf("conflict");
  for (const project of context.projects)
    for (const requirement of project.requirements) {
      const clauses = findExcludingClauses(context, requirement);
      if (clauses === null) continue;
      findings.push(describe2(project, requirement, clauses, severity));
    }
  return findings;
}
function admitsNothing(set) {
  return safely(() => isEmpty(set), false);
}
function findExcludingClauses(context, requirement) {
  if (requirement.url !== null || requirement.specifier === "") return null;
  const declared = context.parseSpecifier(requirement.specifier);
  if (declared === null || !admitsNothing(declared)) return null;
  const parts = declared.clauses.flatMap((clause) => {
    const parsed = context.parseSpecifier(clause.text);
    return parsed === null ? [] : [{ text: clause.text, set: parsed.set }];
  });
  const emptyTogether = (items) => items.length > 0 && safely(() => {
    let set = items[0].set;
    for (const item2 of items.slice(1)) set = intersect(set, item2.set);
    return isEmpty(set);
  }, false);
  let kept2 = [...parts];
  for (const part of parts) {
    const without = kept2.filter((p) => p !== part);
    if (emptyTogether(without)) kept2 = without;
  }
  return kept2.map((p) => p.text);
}
function describe2(project, requirement, clauses, severity) {
  const why = clauses.length === 1 ? `\`${clauses[0]}\` admits no version` : `${clauses.slice(0, -1).map((c) => `\`${c}\``).join(
    ", "
  )} and \`${clauses[clauses.length - 1]}\` exclude each other`;
  const marker = requirement.marker === null ? "" : `; ${requirement.marker}`;
  return {
    rule: "conflict",
    severity,
    project: project.path,
    package: requirement.name,
    file: requirement.file,
    line: requirement.line,
    message: `no version of \`${requirement.name}\` satisfies \`${requirement.name}${requirement.specifier}${marker}\` (${formatLocation(requirement.file, requirement.line)}): ${why}, so installing it fails.`,
    facts: {
      fix: "Keep the clauses of the range you mean.",
      requirement,
      unsatisfiable: true
    }
  };
}

// src/policy/rules/banned.ts
function checkBanned(context) {
  const findings = [];
  for (const project of context.projects) {
    const local = listLocalPackages(project);
    for (const requirement of project.requirements)
      if (!local.has(requirement.name))
        append(findings, checkRequirement2(context, project, requirement));
    append(findings, checkLocked(context, project));
  }
  return findings;
}
function listBannedSets(context, name2) {
  return (context.policy.packages[name2]?.banned ?? []).flatMap((text3) => {
    const set = context.parseSpecifier(text3);
    return set === null ? [] : [{ text: text3, set }];
  });
}
function explainBan(context, name2) {
  const reason = context.policy.packages[name2]?.reason;
  return reason === void 0 ? "" : `: ${reason}`;
}
function checkRequirement2(context, project, requirement) {
  const banned = listBannedSets(context, requirement.name);
  if (banned.length === 0 || requirement.url !== null) return [];
  const effective = isConstraint(requirement) ? { specifier: requirement.specifier, constraints: [] } : findEffectiveRange(project, requirement);
  const declared = context.parseSpecifier(effective.specifier);
  if (declared === null || admitsNothing(declared)) return [];
  const pinned = findExactVersion(declared);
  if (pinned === null && isConstraint(requirement)) return [];
  const suggestion = suggestRequirement(context, project, requirement);
  const severity = context.severityOf("banned");
  const why = explainBan(context, requirement.name);
  const findings = [];
  for (const { text: text3, set } of banned) {
    const base = {
      rule: "banned",
      project: project.path,
      package: requirement.name,
      file: requirement.file,
      line: requirement.line,
      ...suggestion === null ? {} : { suggestion: suggestion.line }
    };
    const facts = (fallback) => ({
      fix: suggestion === null ? fallback : `Write \`${suggestion.line}\`.`,
      also: pinned === null ? `it admits versions banned by \`${text3}\`` : `${pinned.text} is banned (\`${text3}\`)`,
      requirement,
      ...suggestion === null ? {} : { replacement: suggestion.specifier }
    });
    if (pinned !== null) {
      if (!admits(set, pinned)) continue;
      findings.push({
        ...base,
        severity,
        message: `\`${requirement.name}\` is pinned to ${pinned.text}${describeConstraints(effective.constraints)}, which the policy bans (packages.${requirement.name}.banned: \`${text3}\`)${why}.`,
        counterexample: pinned.text,
        facts: facts("Pin another version.")
      });
      continue;
    }
    const overlap = safely(() => intersect(declared.set, set.set), null);
    if (overlap === null || safely(() => isEmpty(overlap), true)) continue;
    const witness = findWitness(overlap);
    const written = effective.specifier === "" ? "with no version constraint" : describeEffectiveRange(requirement, effective.constraints);
    findings.push({
      ...base,
      severity: soften(severity),
      message: `\`${requirement.name}\` ${written} still admits ${witness ?? "versions"} banned by \`${text3}\`, and a resolver may pick it${why}.`,
      ...witness === null ? {} : { counterexample: witness },
      facts: facts("Exclude it (e.g. add `!=` clauses or narrow the range).")
    });
  }
  return findings;
}
function checkLocked(context, project) {
  const findings = [];
  const severity = context.severityOf("banned");
  for (const entry of listLockedEntries(project)) {
    const banned = listBannedSets(context, entry.name);
    const version3 = parseLockedVersion(entry);
    if (banned.length === 0 || version3 === null || !context.reportsOnLock(project, entry.file))
      continue;
    for (const { text: text3 } of banned.filter(({ set }) => admits(set, version3))) {
      findings.push({
        rule: "banned",
        severity,
        project: project.path,
        package: entry.name,
        file: entry.file,
        line: entry.line,
        message: `the lock holds \`${entry.name}\` ${version3.text}, which the policy bans (\`${text3}\`)${explainBan(context, entry.name)}.`,
        counterexample: version3.text,
        facts: { fix: "Exclude it in the manifest and re-lock.", entry }
      });
    }
  }
  return findings;
}

// src/policy/rules/compat.ts
function checkCompat(context) {
  const findings = [];
  const severity = context.severityOf("compat");
  for (const [index, rule] of context.policy.compat.entries()) {
    const require2 = context.parseSpecifier(rule.require.specifier);
    if (require2 === null) continue;
    for (const project of context.projects) {
      const reported = /* @__PURE__ */ new Set();
      for (const view of listResolutionViews(project)) {
        const evidence = matchCompatWhen(context, project, rule, view.files);
        if (evidence === null) continue;
        const because = `which the policy requires with ${rule.when.text} (${evidence})${rule.reason === null ? "" : `: ${rule.reason}`}`;
        const breach = {
          context,
          project,
          rule,
          require: require2,
          because,
          severity
        };
        for (const finding of [
          ...checkLocked2(breach, view),
          ...checkDeclared(breach, view)
        ]) {
          const key = `${index}\0${finding.file}:${finding.line}`;
          if (reported.has(key)) continue;
          reported.add(key);
          findings.push(finding);
        }
      }
    }
  }
  return findings;
}
function checkLocked2(breach, view) {
  const { context, project, rule, require: require2 } = breach;
  const name2 = rule.require.name;
  const findings = [];
  for (const entry of listLockedEntries(project)) {
    if (entry.name !== name2 || !view.files.has(entry.file)) continue;
    const version3 = parseLockedVersion(entry);
    if (version3 === null || admits(require2, version3) || !context.reportsOnLock(project, entry.file))
      continue;
    findings.push({
      rule: "compat",
      severity: breach.severity,
      project: project.path,
      package: name2,
      file: entry.file,
      line: entry.line,
      message: `the lock holds \`${name2}\` ${version3.text}, outside \`${rule.require.specifier}\`, ${breach.because}.`,
      counterexample: version3.text,
      facts: {
        fix: `Constrain \`${rule.require.text}\` in the manifest and re-lock.`,
        entry
      }
    });
  }
  return findings;
}
function checkDeclared(breach, view) {
  const { context, project, rule, require: require2 } = breach;
  const name2 = rule.require.name;
  const findings = [];
  for (const requirement of project.requirements) {
    if (requirement.name !== name2 || !view.files.has(requirement.file) || requirement.group === "build" || requirement.url !== null)
      continue;
    const effective = isConstraint(requirement) ? { specifier: requirement.specifier, constraints: [] } : findEffectiveRange(project, requirement);
    const declared = context.parseSpecifier(effective.specifier);
    if (declared === null || admitsNothing(declared)) continue;
    const pinned = findExactVersion(declared);
    if (pinned === null && isConstraint(requirement)) continue;
    const outside = pinned === null ? findEscape(declared, require2) : admits(require2, pinned) ? null : pinned.text;
    if (outside === null) continue;
    const suggestion = suggestRequirement(context, project, requirement);
    const written = pinned !== null ? `is pinned to ${pinned.text}${describeConstraints(effective.constraints)}` : effective.specifier === "" ? `has no version constraint and admits ${outside}` : `${describeEffectiveRange(requirement, effective.constraints)} admits ${outside}`;
    findings.push({
      rule: "compat",
      severity: breach.severity,
      project: project.path,
      package: name2,
      file: requirement.file,
      line: requirement.line,
      message: `\`${name2}\` ${written}, outside \`${rule.require.specifier}\`, ${breach.because}.`,
      counterexample: outside,
      ...suggestion === null ? {} : { suggestion: suggestion.line },
      facts: {
        fix: suggestion === null ? `Constrain it to \`${rule.require.specifier}\`.` : `Write \`${suggestion.line}\`.`,
        also: `it breaks the policy's \`${rule.require.text}\` with ${rule.when.text}`,
        requirement,
        ...suggestion === null ? {} : { replacement: suggestion.specifier }
      }
    });
  }
  return findings;
}

// src/policy/rules/compiled-mismatch.ts
function checkCompiledMismatch(context) {
  const findings = [];
  for (const project of context.projects)
    for (const set of listInstallSets(project)) {
      if (set.kind !== "compiled" || set.compiled === void 0) continue;
      if (set.compiled.missing.length > 0)
        findings.push(describeMissingInputs(project, set));
      append(findings, compareWithInputs(context, project, set));
    }
  return findings;
}
function compareWithInputs(context, project, set) {
  const requirements = listSetRequirements(project, set);
  const pins = /* @__PURE__ */ new Map();
  for (const r of requirements)
    if (!set.inputs.includes(r.file) && !isConstraintIn(r, set) && r.file !== pyprojectOf(set))
      pins.set(r.name, [...pins.get(r.name) ?? [], r]);
  const findings = [];
  for (const input of listInputRequirements(requirements, set)) {
    if (input.url !== null) continue;
    const pinned = pins.get(input.name) ?? [];
    const rerun = `Re-run \`${set.compiled?.line === null ? "pip-compile" : "the command in its header"}\` to compile it again.`;
    const base = {
      rule: "lock-mismatch",
      severity: context.severityOf("lock-mismatch"),
      project: project.path,
      package: input.name,
      file: input.file,
      line: input.line
    };
    const where = `\`${input.name}${input.specifier}\` (${formatLocation(input.file, input.line)})`;
    if (pinned.length === 0) {
      if (input.marker !== null) continue;
      findings.push({
        ...base,
        message: `${where} is an input of ${set.root}, which pins no \`${input.name}\`: the output was compiled before it was added, and installs without it.`,
        facts: { fix: rerun, requirement: input }
      });
      continue;
    }
    const declared = context.parseSpecifier(input.specifier);
    if (declared === null || input.specifier === "") continue;
    const versions = pinned.flatMap((p) => {
      const set2 = context.parseSpecifier(p.specifier);
      const version3 = set2 === null ? null : findExactVersion(set2);
      return version3 === null ? [] : [{ pin: p, version: version3 }];
    });
    if (versions.length === 0 || versions.some((v) => admits(declared, v.version)))
      continue;
    const first = versions[0];
    findings.push({
      ...base,
      message: `${where} is an input of ${set.root}, but ${formatLocation(first.pin.file, first.pin.line)} pins ${first.version.text}, which it does not admit: the output was compiled from an older input.`,
      counterexample: first.version.text,
      facts: { fix: rerun, requirement: input }
    });
  }
  return findings;
}
function listInputRequirements(requirements, set) {
  const pyproject = pyprojectOf(set);
  return requirements.filter((r) => {
    if (isConstraintIn(r, set)) return false;
    if (r.file === pyproject)
      return r.group === "project" || r.group.startsWith("optional:") && (set.compiled?.allExtras === true || (set.compiled?.extras ?? []).includes(
        r.group.slice("optional:".length)
      ));
    return set.inputs.includes(r.file);
  });
}
function pyprojectOf(set) {
  return set.inputs.find(
    (f) => f === "pyproject.toml" || f.endsWith("/pyproject.toml")
  );
}
function describeMissingInputs(project, set) {
  const missing = set.compiled?.missing ?? [];
  return {
    rule: "lock-mismatch",
    severity: "notice",
    project: project.path,
    package: null,
    file: set.root,
    line: set.compiled?.line ?? null,
    message: `${set.root} is compiled from ${missing.map((m) => `\`${m}\``).join(", ")}, which ${missing.length === 1 ? "is" : "are"} not in the audited tree: its pins are audited, whether they still match what they were compiled from is not.`,
    facts: {}
  };
}

// src/policy/rules/conflict.ts
function checkConflict(context) {
  const findings = [];
  const severity = context.severityOf("conflict");
  for (const project of context.projects) {
    const reported = /* @__PURE__ */ new Set();
    for (const view of listResolutionViews(project)) {
      const byName = /* @__PURE__ */ new Map();
      for (const contribution of collectContributions(context, project, view)) {
        const list = byName.get(contribution.name) ?? [];
        list.push(contribution);
        byName.set(contribution.name, list);
      }
      for (const [name2, contributions] of [...byName].sort(
        ([a], [b]) => compareText(a, b)
      )) {
        if (contributions.length < 2) continue;
        for (const group of partition(
          contributions,
          projectScope(project.requiresPython)
        )) {
          const clash = findMinimalClash(group);
          if (clash === null || !clash.some((c) => c.own)) continue;
          const key = `${name2}
${clash.map((c) => c.origin).join("\n")}`;
          if (reported.has(key)) continue;
          reported.add(key);
          const anchor2 = clash.find((c) => c.own) ?? clash[0];
          if (anchor2 === void 0) continue;
          findings.push({
            rule: "conflict",
            severity,
            project: project.path,
            package: name2,
            file: anchor2.file,
            line: anchor2.line,
            message: `no version of \`${name2}\` satisfies all of ${clash.map((c) => `\`${c.text}\` (${c.origin})`).join(", ")}: installing this project fails or silently drops one of them.`,
            facts: {
              fix: "Relax one so their ranges overlap.",
              clash: { members: clash, together: group }
            }
          });
        }
      }
    }
  }
  return findings;
}
function collectContributions(context, project, view) {
  const candidates = [];
  const counts = /* @__PURE__ */ new Map();
  const add = (name2, specifier, describe4) => {
    if (specifier.trim() === "") return;
    candidates.push({ name: name2, specifier, describe: describe4 });
    counts.set(name2, (counts.get(name2) ?? 0) + 1);
  };
  const applies = requirementApplies(context.projects, project);
  for (const r of project.requirements) {
    if (!view.files.has(r.file)) continue;
    if (r.group === "build" || r.group === "override" || r.url !== null)
      continue;
    if (!applies(r)) continue;
    const scope = /^(optional:|group:|poetry-group:)/.test(r.group) || r.group === "dev" ? r.group : null;
    const marker = r.marker === null ? "" : `; ${r.marker}`;
    add(r.name, r.specifier, () => ({
      text: `${r.name}${r.specifier}${marker}`,
      origin: `${formatLocation(r.file, r.line)}${scope === null ? "" : `, ${scope}`}`,
      file: r.file,
      line: r.line,
      marker: r.marker,
      scope,
      own: true
    }));
  }
  if (view.withLocks) addLockContributions(context, project, add);
  const contributions = [];
  for (const { name: name2, specifier, describe: describe4 } of candidates) {
    if ((counts.get(name2) ?? 0) < 2) continue;
    const parsed = context.parseSpecifier(specifier);
    if (parsed !== null && !admitsNothing(parsed))
      contributions.push({ name: name2, ...describe4(), set: parsed.set });
  }
  return contributions;
}
function addLockContributions(context, project, add) {
  const entries = listLockedEntries(project).filter(
    (e) => findFileKind(project, e.file) === "poetry-lock"
  );
  const entryCounts = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const key = `${entry.file}\0${entry.name}`;
    entryCounts.set(key, (entryCounts.get(key) ?? 0) + 1);
  }
  for (const entry of entries) {
    if ((entryCounts.get(`${entry.file}\0${entry.name}`) ?? 0) > 1) continue;
    for (const dependency of entry.dependencies) {
      if (!dependencyApplies(project, entry.name, dependency.marker)) continue;
      add(dependency.name, dependency.specifier, () => ({
        text: `${dependency.name}${dependency.specifier}${dependency.marker === null ? "" : `; ${dependency.marker}`}`,
        origin: `${formatLocation(entry.file, entry.line)}, declared by ${entry.name} ${entry.version ?? ""}`.trimEnd(),
        file: entry.file,
        line: entry.line,
        marker: dependency.marker,
        scope: null,
        own: context.reportsOnLock(project, entry.file)
      }));
    }
  }
  const own2 = findOwnMetadata(project);
  if (own2 !== null) {
    for (const metadata of project.lockMetadata) {
      if (metadata.package === own2.package) continue;
      for (const r of metadata.requiresDist) {
        if (r.url !== null) continue;
        add(r.name, r.specifier, () => ({
          text: `${r.name}${r.specifier}${r.marker === null ? "" : `; ${r.marker}`}`,
          origin: `${formatLocation(r.file, r.line)}, recorded for ${metadata.package}`,
          file: r.file,
          line: r.line,
          marker: r.marker,
          scope: null,
          own: false
        }));
      }
    }
  }
}
function partition(contributions, scope) {
  const markers = [
    ...new Set(
      contributions.flatMap((c) => c.marker === null ? [] : [c.marker])
    )
  ];
  const scopes = [
    ...new Set(
      contributions.flatMap((c) => c.scope === null ? [] : [c.scope])
    )
  ];
  const groups = [];
  for (const group of [null, ...scopes]) {
    for (const together of listMeetingMarkers(markers, scope)) {
      groups.push(
        contributions.filter(
          (c) => (c.scope === null || c.scope === group) && (c.marker === null || together.has(c.marker))
        )
      );
    }
  }
  return groups;
}
var MEETING_BUDGET = 2e3;
function listMeetingMarkers(markers, scope) {
  const found = [/* @__PURE__ */ new Set()];
  let tried = 0;
  const extend2 = (chosen, from) => {
    let extended = false;
    for (let i = from; i < markers.length; i++) {
      if (++tried > MEETING_BUDGET) return true;
      const next = [...chosen, markers[i]];
      if (!markersMayMeet(next, scope)) continue;
      extended = true;
      if (!extend2(next, i + 1)) found.push(new Set(next));
    }
    return extended;
  };
  extend2([], 0);
  if (tried > MEETING_BUDGET)
    return [/* @__PURE__ */ new Set(), ...markers.map((m) => /* @__PURE__ */ new Set([m]))];
  return found.filter(
    (set) => !found.some(
      (other) => other !== set && other.size > set.size && [...set].every((m) => other.has(m))
    )
  );
}
function findMinimalClash(group) {
  const emptyTogether = (items) => {
    if (items.length < 2) return false;
    return safely(() => {
      let set = items[0]?.set;
      for (const item2 of items.slice(1)) set = intersect(set, item2.set);
      return isEmpty(set);
    }, false);
  };
  if (!emptyTogether(group)) return null;
  let clash = [...group];
  for (const item2 of group) {
    const without = clash.filter((c) => c !== item2);
    if (emptyTogether(without)) clash = without;
  }
  return clash;
}

// src/policy/rules/dead-marker.ts
function checkDeadMarker(context) {
  const findings = [];
  const severity = context.severityOf("dead-marker");
  for (const project of context.projects)
    for (const requirement of project.requirements) {
      const reason = explainDeadMarker(project, requirement);
      if (reason === null) continue;
      findings.push({
        rule: "dead-marker",
        severity,
        project: project.path,
        package: requirement.name,
        file: requirement.file,
        line: requirement.line,
        message: `\`${requirement.name}${requirement.specifier}; ${requirement.marker}\` never applies: ${reason}. Nothing installs it, so no other rule judges it.`,
        facts: {
          fix: "Remove the line, or correct its marker.",
          requirement
        }
      });
    }
  return findings;
}
function explainDeadMarker(project, requirement) {
  const marker = requirement.marker;
  if (marker === null || marker.trim() === "") return null;
  const extras = knownExtras(project, requirement);
  const scope = {
    requiresPython: project.requiresPython,
    extras
  };
  if (markerMayHold(marker, scope)) return null;
  if (!markerMayHold(marker, { requiresPython: null, extras: null }))
    return "its marker contradicts itself";
  if (project.requiresPython !== null && !markerMayHold(marker, {
    requiresPython: project.requiresPython,
    extras: null
  }))
    return `it cannot hold on any Python the project supports (requires-python \`${project.requiresPython}\`)`;
  return "pip installs a requirements file with no extra set, so its `extra` never matches";
}
function knownExtras(project, requirement) {
  return findFileKind(project, requirement.file) === "requirements" ? [] : null;
}
function listLiveProjects(projects) {
  return projects.map((project) => {
    const live = project.requirements.filter(
      (r) => explainDeadMarker(project, r) === null
    );
    return live.length === project.requirements.length ? project : { ...project, requirements: live };
  });
}

// src/knowledge/known-incompatibilities.ts
var KNOWN_INCOMPATIBILITIES = [
  {
    package: { name: "mcp", specifier: "<=1.27.0" },
    with: { name: "httpx", specifier: ">=1.0.dev0" },
    problem: "httpx 1.0 pre-releases are an incompatible rewrite and `import mcp` fails with them; mcp up to 1.27.0 declares no upper bound on httpx. Pin httpx below 1.0 (httpx>=0.27.1,<1) or move to mcp>=1.27.1, which declares httpx<1.0.0",
    source: "encode/httpx CHANGELOG; modelcontextprotocol/python-sdk PR #2559 (facts/mcp-stack.md)"
  },
  {
    package: { name: "openai", specifier: ">=1.0.0,<1.55.3" },
    with: { name: "httpx", specifier: ">=0.28" },
    problem: "httpx 0.28 removed `proxies=`, which these openai releases pass to httpx.Client (`TypeError: Client.__init__() got an unexpected keyword argument 'proxies'`). Upgrade to openai>=1.55.3 or keep httpx<0.28",
    source: 'openai/openai-python CHANGELOG 1.55.3 (2024-11-28): "compat with new httpx 0.28.0 release" (#1904), issue #1902; encode/httpx CHANGELOG 0.28.0'
  },
  {
    package: { name: "anthropic", specifier: "<0.40.0" },
    with: { name: "httpx", specifier: ">=0.28" },
    problem: "httpx 0.28 removed `proxies=`, which these anthropic releases pass to httpx.Client (`TypeError: ... unexpected keyword argument 'proxies'`). Upgrade to anthropic>=0.40.0 or keep httpx<0.28",
    source: 'anthropics/anthropic-sdk-python CHANGELOG 0.40.0 (2024-11-28): "compat with new httpx 0.28.0 release" (#765); encode/httpx CHANGELOG 0.28.0'
  }
];

// src/policy/rules/dependency-conflict.ts
function checkDependencyConflicts(context) {
  const findings = [];
  const severity = context.severityOf("conflict");
  for (const project of context.projects) {
    const reported = /* @__PURE__ */ new Set();
    for (const view of listResolutionViews(project))
      for (const [key, finding] of checkView(context, project, view, severity))
        if (!reported.has(key)) {
          reported.add(key);
          findings.push(finding);
        }
  }
  return findings;
}
function checkView(context, project, view, severity) {
  const out = [];
  const inView = (file) => view.files.has(file);
  const installed = listInstalledReleases(context, project).filter(
    (r) => inView(r.file)
  );
  const overridden = listOverriddenNames(context.projects, project);
  for (const parent of installed) {
    if (parent.requirement !== null && isConstraint(parent.requirement))
      continue;
    const source = findRequirementsOf(context, project, parent);
    if (source === null) continue;
    const requiresPython = combineRequiresPython(
      project.requiresPython,
      source.requiresPython
    );
    const environment = {
      requiresPython,
      extras: listRequestedExtras(project, parent.name, inView)
    };
    for (const dependency of source.requirements) {
      if (dependency.specifier === "" || dependency.name === parent.name)
        continue;
      if (overridden.has(dependency.name)) continue;
      if (!markerMayApply(dependency.marker, environment)) continue;
      const required2 = context.parseSpecifier(dependency.specifier);
      if (required2 === null) continue;
      const clash = { context, project, parent, dependency, required: required2, source };
      append(
        out,
        parent.requirement !== null ? checkPinnedParent(clash, parent.requirement, {
          environment,
          requiresPython,
          severity,
          inView
        }) : checkLockedParent(clash, installed, environment, severity)
      );
    }
  }
  for (const finding of checkKnownIncompatibilities(
    context,
    project,
    installed,
    severity
  ))
    out.push([
      `${finding.file}:${finding.line}\0${finding.message}`,
      { ...finding, facts: {} }
    ]);
  return out;
}
function checkPinnedParent({ context, project, parent, dependency, required: required2, source }, pin, where) {
  const { environment, requiresPython, severity, inView } = where;
  const out = [];
  const push = (key, finding) => out.push([key, finding]);
  for (const declared of listDeclared(
    project,
    dependency.name,
    requiresPython
  )) {
    if (!inView(declared.file)) continue;
    if (!markersMayMeet(
      [pin.marker, dependency.marker, declared.marker],
      environment
    ))
      continue;
    const own2 = context.parseSpecifier(declared.specifier);
    if (own2 === null) continue;
    if (!safely(() => isEmpty(intersect(own2.set, required2.set)), false))
      continue;
    const text3 = `${declared.name}${declared.specifier}`;
    const members2 = [
      {
        file: declared.file,
        line: declared.line,
        text: text3,
        origin: formatLocation(declared.file, declared.line),
        set: own2.set,
        own: true
      },
      {
        file: parent.file,
        line: parent.line,
        text: dependency.text,
        origin: `${formatLocation(parent.file, parent.line)}, declared by ${parent.name} ${parent.version}`,
        set: required2.set,
        own: false
      }
    ];
    push(
      `${declared.file}:${declared.line}\0${parent.name}\0${dependency.text}`,
      {
        rule: "conflict",
        severity,
        project: project.path,
        package: dependency.name,
        file: declared.file,
        line: declared.line,
        message: `\`${text3}\` (${formatLocation(declared.file, declared.line)}) cannot be installed with ${describeRelease(parent)}, which requires \`${dependency.text}\` ${source.origin}: the install fails.`,
        facts: {
          fix: `Change ${dependency.name} to a version in \`${dependency.specifier}\`, or pin another ${parent.name} release that accepts ${text3}.`,
          requirement: declared,
          clash: { members: members2, together: members2 }
        }
      }
    );
  }
  return out;
}
function checkLockedParent({ parent, dependency, required: required2, source, project }, installed, environment, severity) {
  const out = [];
  const push = (key, finding) => out.push([key, finding]);
  const entry = parent.entry;
  if (entry === null) return out;
  for (const child of installed) {
    if (child.entry === null || child.name !== dependency.name || child.file !== parent.file)
      continue;
    const version3 = parseVersion(child.version);
    if (version3 === null || admits(required2, version3)) continue;
    if (!markersMayMeet(
      [lockFork(entry), dependency.marker, lockFork(child.entry)],
      environment
    ))
      continue;
    push(`${child.file}:${child.line}\0${parent.name}\0${dependency.text}`, {
      rule: "conflict",
      severity,
      project: project.path,
      package: dependency.name,
      file: child.file,
      line: child.line,
      message: `${describeRelease(child)} is outside \`${dependency.text}\`, which ${describeRelease(parent)} requires ${source.origin}: no resolver writes such a lock, so it was edited by hand or is stale.`,
      facts: {
        fix: `Re-lock, or move ${dependency.name} into \`${dependency.specifier}\`.`,
        ...child.entry === null ? {} : { entry: child.entry }
      }
    });
  }
  return out;
}
function listDeclared(project, name2, requiresPython) {
  return project.requirements.filter(
    (r) => r.name === name2 && r.specifier !== "" && r.url === null && r.group !== "build" && r.group !== "override" && markerMayApply(r.marker, { requiresPython, extras: [] })
  );
}
function checkKnownIncompatibilities(context, project, installed, severity) {
  const findings = [];
  const world = (r) => r.entry === null ? "pins" : `lock:${r.file}`;
  for (const known of KNOWN_INCOMPATIBILITIES) {
    const broken = context.parseSpecifier(known.package.specifier);
    const breaking = context.parseSpecifier(known.with.specifier);
    if (broken === null || breaking === null) continue;
    for (const a of installed) {
      const va = parseVersion(a.version);
      if (a.name !== known.package.name || va === null || !admits(broken, va))
        continue;
      for (const b of installed) {
        const vb = parseVersion(b.version);
        if (b.name !== known.with.name || world(b) !== world(a) || vb === null || !admits(breaking, vb))
          continue;
        findings.push({
          rule: "conflict",
          severity,
          project: project.path,
          package: b.name,
          file: b.file,
          line: b.line,
          // The source stays in the knowledge table and docs/policy.md: a message names what and why.
          message: `${describeRelease(b)} breaks ${describeRelease(a)}, a known incompatibility no package metadata declares: ${known.problem}.`
        });
      }
    }
  }
  return findings;
}

// src/policy/rules/diverged.ts
function checkDiverged(context) {
  const findings = [];
  for (const project of context.projects) {
    const sets = listInstallSets(project);
    const manifest = sets.find((s) => s.kind === "pyproject");
    if (manifest === void 0 || !manifest.root.endsWith("pyproject.toml"))
      continue;
    const declared = collect(context, project, manifest, false);
    for (const other of sets) {
      if (other === manifest || other.files.includes(manifest.root)) continue;
      const installed = collect(
        context,
        project,
        other,
        other.kind === "compiled"
      );
      for (const [name2, left] of [...declared].sort(
        ([a], [b]) => compareText(a, b)
      )) {
        const right = installed.get(name2);
        if (right === void 0 || !disjoint(left, right)) continue;
        findings.push(describe3(context, project, name2, left, right));
      }
    }
  }
  return findings;
}
function collect(context, project, set, pinsOnly) {
  const byName = /* @__PURE__ */ new Map();
  for (const r of listSetRequirements(project, set)) {
    if (!isBase(r) || pinsOnly && set.inputs.includes(r.file)) continue;
    const parsed = context.parseSpecifier(r.specifier);
    if (parsed === null) continue;
    const member = {
      file: r.file,
      line: r.line,
      text: `${r.name}${r.specifier}`,
      origin: formatLocation(r.file, r.line),
      set: parsed.set,
      own: true
    };
    byName.set(r.name, [...byName.get(r.name) ?? [], member]);
  }
  return byName;
}
function isBase(r) {
  return r.marker === null && r.url === null && r.specifier !== "" && [
    "project",
    "poetry",
    "requirements",
    "constraint",
    "constraints-file"
  ].includes(r.group);
}
function disjoint(left, right) {
  const meet = (members2) => members2.reduce(
    (acc, m) => acc === null ? m.set : intersect(acc, m.set),
    null
  );
  return safely(() => {
    const a = meet(left);
    const b = meet(right);
    if (a === null || b === null || isEmpty(a) || isEmpty(b)) return false;
    return isEmpty(intersect(a, b));
  }, false);
}
function describe3(context, project, name2, left, right) {
  const anchor2 = right[0];
  const list = (members2) => members2.map((m) => `\`${m.text}\` (${m.origin})`).join(", ");
  return {
    rule: "diverged",
    severity: context.severityOf("diverged"),
    project: project.path,
    package: name2,
    file: anchor2.file,
    line: anchor2.line,
    message: `the two ways to install ${project.path === "." ? "this project" : project.path} disagree on \`${name2}\`: ${list(left)} against ${list(right)}; no version satisfies both.`,
    facts: {
      fix: "Align them; if the two are installed together, say so with `[[install]]` in the policy (then it is a `conflict`).",
      clash: { members: [...left, ...right], together: [...left, ...right] }
    }
  };
}

// src/policy/rules/exception-expired.ts
function listActiveExceptions(exceptions, today) {
  if (exceptions.every((exception) => exception.until === null))
    return [...exceptions];
  const day2 = formatDay(today);
  return exceptions.filter(
    (exception) => exception.until === null || exception.until >= day2
  );
}
function checkExceptionExpired(context) {
  const active = new Set(
    listActiveExceptions(context.policy.exceptions, context.today)
  );
  return context.policy.exceptions.filter((exception) => !active.has(exception)).map((exception) => {
    const scope = [
      exception.package === null ? null : `package ${exception.package}`,
      exception.project === null ? null : `projects ${exception.project}`,
      exception.file === null ? null : `files ${exception.file}`
    ].filter((part) => part !== null);
    return {
      rule: "exception-expired",
      severity: context.severityOf("exception-expired"),
      project: null,
      package: exception.package,
      file: context.policy.file,
      line: exception.line,
      message: `the exception for \`${exception.rule}\`${scope.length > 0 ? ` (${scope.join(", ")})` : ""} expired on ${exception.until} ("${exception.reason}"), so the findings it suppressed are reported again.`,
      facts: { fix: "Fix them, or move `until` if the reason still holds." }
    };
  });
}
function formatDay(date4) {
  return Number.isNaN(date4.getTime()) ? "9999-12-31" : date4.toISOString().slice(0, 10);
}

// src/policy/rules/exception-unused.ts
var INDEX_RULES = /* @__PURE__ */ new Set([
  "yanked",
  "too-new",
  "index-unavailable"
]);
function checkExceptionUnused(context, active, used) {
  return active.filter(
    (exception) => !used.has(exception) && context.policy.rules[exception.rule] !== "off" && (context.index.online || !INDEX_RULES.has(exception.rule))
  ).map((exception) => {
    const scope = [
      exception.package === null ? null : `package ${exception.package}`,
      exception.project === null ? null : `projects ${exception.project}`,
      exception.file === null ? null : `files ${exception.file}`
    ].filter((part) => part !== null);
    return {
      rule: "exception-unused",
      severity: context.severityOf("exception-unused"),
      project: null,
      package: exception.package,
      file: context.policy.file,
      line: exception.line,
      message: `the exception for \`${exception.rule}\`${scope.length > 0 ? ` (${scope.join(", ")})` : ""} ("${exception.reason}") matched no finding in this audit: its globs may be misspelled, or the problem is gone.`,
      facts: { fix: "Fix its `project`/`file`/`package`, or remove it." }
    };
  });
}

// src/policy/rules/inconsistent-table.ts
var FULL_TABLE_ROWS = 20;
var SUMMARY_VERSIONS = 10;
var NAMED_PER_VERSION = 3;
function createTables(name2, rows, differing, reference) {
  if (rows.length <= FULL_TABLE_ROWS) {
    const table = formatProjects(name2, rows, differing);
    return () => table;
  }
  const ordered = orderVersions(rows, reference);
  const made = /* @__PURE__ */ new Map();
  return (row2) => {
    let table = made.get(row2.signature);
    if (table === void 0) {
      table = formatVersions(name2, rows.length, ordered, differing, row2);
      made.set(row2.signature, table);
    }
    return table;
  };
}
function formatProjects(name2, rows, differing) {
  const width = Math.max(
    "project".length,
    ...rows.map((r) => r.project.path.length)
  );
  const lines = [`${"project".padEnd(width)}  ${name2}`];
  for (const row2 of rows) {
    lines.push(
      `${row2.project.path.padEnd(width)}  ${row2.signature}${differing.has(row2) ? "  <- differs" : ""}`
    );
  }
  return lines.join("\n");
}
function orderVersions(rows, reference) {
  const groups = /* @__PURE__ */ new Map();
  for (const row2 of rows) {
    const group = groups.get(row2.signature);
    if (group === void 0) groups.set(row2.signature, [row2]);
    else group.push(row2);
  }
  return [...groups].sort(
    ([a, rowsA], [b, rowsB]) => Number(b === reference) - Number(a === reference) || rowsB.length - rowsA.length
  );
}
function formatVersions(name2, projects, ordered, differing, own2) {
  let shown = ordered.slice(0, SUMMARY_VERSIONS);
  if (!shown.some(([signature]) => signature === own2.signature)) {
    const mine = ordered.find(([signature]) => signature === own2.signature);
    if (mine !== void 0)
      shown = [...ordered.slice(0, SUMMARY_VERSIONS - 1), mine];
  }
  const width = Math.max(name2.length, ...shown.map(([s]) => s.length));
  const lines = [`${name2.padEnd(width)}  projects (${projects})`];
  for (const [signature, members2] of shown) {
    const named = members2.slice(0, NAMED_PER_VERSION).map((r) => r.project.path).join(", ");
    const more = members2.length - NAMED_PER_VERSION;
    const off = members2.filter((r) => differing.has(r)).length;
    const mark = off === 0 ? "" : off === members2.length ? "  <- differs" : `  <- ${off} of them differ`;
    lines.push(
      `${signature.padEnd(width)}  ${members2.length}: ${named}${more > 0 ? ` and ${more} more` : ""}${mark}`
    );
  }
  const rest = ordered.filter((group) => !shown.includes(group));
  if (rest.length > 0) {
    const count2 = rest.reduce((n, [, members2]) => n + members2.length, 0);
    lines.push(
      `and ${rest.length} more version${rest.length === 1 ? "" : "s"} in ${count2} project${count2 === 1 ? "" : "s"}`
    );
  }
  return lines.join("\n");
}

// src/policy/rules/inconsistent.ts
function checkInconsistent(context) {
  const wanted = context.policy.consistency.packages;
  const projects = [...context.projects].sort(
    (a, b) => compareText(a.path, b.path)
  );
  const names = wanted === "*" ? [
    ...new Set(
      projects.flatMap((p) => [
        ...p.requirements.map((r) => r.name),
        ...p.locked.map((e) => e.name)
      ])
    )
  ] : wanted;
  const findings = [];
  for (const name2 of [...names].sort(compareText)) {
    const rows = projects.flatMap((project) => {
      const row2 = findRow(context, project, name2);
      return row2 === null ? [] : [row2];
    });
    const reference = findReference(rows);
    const referenceRow = reference?.[0];
    if (reference === null || referenceRow === void 0) continue;
    const referenceSignature = referenceRow.signature;
    const deviating = rows.filter(
      (row2) => row2.signature !== referenceSignature && placedVersionsDiffer(
        row2.placed,
        referenceRow.placed,
        projectScope(
          sharedPythons(
            row2.project.requiresPython,
            referenceRow.project.requiresPython
          )
        )
      )
    ).map((row2) => ({ row: row2, anchor: findAnchor(row2, referenceRow.versions) }));
    if (deviating.length === 0) continue;
    const tableFor = createTables(
      name2,
      rows,
      new Set(deviating.map(({ row: row2 }) => row2)),
      referenceSignature
    );
    const owned = indexOwnedLockLines(context, deviating);
    for (const { row: row2, anchor: anchor2 } of deviating) {
      const entry = anchor2.entry;
      if (entry !== void 0 && !context.reportsOnLock(row2.project, entry.file) && (owned.get(lockLineKey(entry)) ?? []).some((other) => other !== row2))
        continue;
      findings.push(
        buildFinding(context, {
          name: name2,
          row: row2,
          anchor: anchor2,
          referenceRow,
          others: `${reference?.length ?? 0} other project(s)`,
          table: tableFor(row2)
        })
      );
    }
  }
  return findings;
}
function findReference(rows) {
  const counts = /* @__PURE__ */ new Map();
  for (const row2 of rows) {
    const same = [...counts.keys()].find(
      (key) => sameVersions(counts.get(key)?.[0]?.versions ?? [], row2.versions)
    );
    if (same !== void 0) row2.signature = same;
    const group = counts.get(row2.signature);
    if (group === void 0) counts.set(row2.signature, [row2]);
    else group.push(row2);
  }
  if (counts.size < 2) return null;
  const [reference] = [...counts.values()].sort(
    (a, b) => countResolutions(b) - countResolutions(a) || compareNewest(b[0]?.versions ?? [], a[0]?.versions ?? [])
  );
  return reference ?? null;
}
function indexOwnedLockLines(context, deviating) {
  const owned = /* @__PURE__ */ new Map();
  for (const { row: row2, anchor: anchor2 } of deviating) {
    const entry = anchor2.entry;
    if (entry === void 0 || !context.reportsOnLock(row2.project, entry.file))
      continue;
    const key = lockLineKey(entry);
    const rows = owned.get(key);
    if (rows === void 0) owned.set(key, [row2]);
    else rows.push(row2);
  }
  return owned;
}
function lockLineKey(entry) {
  return JSON.stringify([entry.file, entry.line]);
}
function buildFinding(context, {
  name: name2,
  row: row2,
  anchor: anchor2,
  referenceRow,
  others,
  table
}) {
  const target = referenceRow.versions.length === 1 ? referenceRow.versions[0] : void 0;
  const suggestion = anchor2.requirement !== void 0 && anchor2.pinned && target !== void 0 && isVersionAcceptable(context, row2.project, name2, target) ? formatRequirement(anchor2.requirement, `==${target.text}`) : void 0;
  return {
    rule: "inconsistent",
    severity: context.severityOf("inconsistent"),
    project: row2.project.path,
    package: name2,
    file: anchor2.file,
    line: anchor2.line,
    message: `\`${name2}\` is at ${row2.signature} in ${row2.project.path} but at ${referenceRow.signature} in ${others}${anchor2.requirement === void 0 ? ` (${formatLocation(anchor2.file, anchor2.line)} locks it)` : ""}: code tested in one project is not what runs in another.`,
    ...suggestion === void 0 ? {} : { suggestion },
    facts: {
      fix: suggestion !== void 0 ? `Write \`${suggestion}\`.` : anchor2.requirement === void 0 ? `Align it on ${referenceRow.signature} (constrain it in the manifest and re-lock).` : `Align it on ${referenceRow.signature}.`,
      detail: table,
      also: `${row2.project.path} is on ${name2} ${row2.signature} while ${others} use ${referenceRow.signature}`,
      ...anchor2.requirement === void 0 ? {} : { requirement: anchor2.requirement },
      ...anchor2.entry === void 0 ? {} : { entry: anchor2.entry }
    }
  };
}
function findRow(context, project, name2) {
  if (listLocalPackages(project).has(name2)) return null;
  const declared = project.requirements.filter((r) => r.name === name2 && r.group !== "build").map((requirement) => {
    const set = requirement.url === null ? context.parseSpecifier(requirement.specifier) : null;
    return {
      requirement,
      set,
      pin: set === null ? null : findExactVersion(set)
    };
  });
  const locked = listLockedVersions(project, name2);
  let versions = locked.map(({ version: version3 }) => version3);
  let placed = listLockedEntries(project).flatMap((entry) => {
    const version3 = entry.name === name2 ? parseLockedVersion(entry) : null;
    return version3 === null ? [] : [{ version: version3, marker: lockFork(entry) }];
  });
  if (versions.length === 0) {
    const distinct = new Map(
      declared.flatMap(
        ({ pin }) => pin === null ? [] : [[versionIdentity(pin), pin]]
      )
    );
    versions = [...distinct.values()].sort(compareVersions);
    placed = declared.flatMap(
      ({ pin, requirement }) => pin === null ? [] : [{ version: pin, marker: requirement.marker }]
    );
  }
  if (versions.length === 0) return null;
  return {
    project,
    versions,
    signature: versions.map((v) => v.text).join(" + "),
    placed,
    locked,
    declared
  };
}
function countResolutions(rows) {
  const keys = new Set(
    rows.map(
      (row2) => row2.locked.length === 0 ? `project\0${row2.project.path}` : `lock\0${[...new Set(row2.locked.map(({ entry }) => entry.file))].sort(compareText).join("\0")}`
    )
  );
  return keys.size;
}
function findAnchor(row2, reference) {
  const isReference = (v) => reference.some((r) => compareVersions(r, v) === 0);
  const deviating = row2.versions.filter((v) => !isReference(v));
  const isDeviating = (v) => v !== null && deviating.some((d) => compareVersions(d, v) === 0);
  const own2 = row2.declared.filter(
    ({ requirement }) => ownsFile(row2.project, requirement.file)
  );
  const ownPin = own2.find(({ pin }) => isDeviating(pin));
  if (ownPin !== void 0) return fromRequirement(ownPin.requirement, true);
  const excluding = own2.find(
    ({ set, pin }) => pin === null && set !== null && reference.length > 0 && !reference.some((v) => admits(set, v))
  );
  if (excluding !== void 0)
    return fromRequirement(excluding.requirement, false);
  const entry = row2.locked.find(({ version: version3 }) => isDeviating(version3))?.entry ?? row2.locked[0]?.entry;
  if (entry !== void 0)
    return { file: entry.file, line: entry.line, pinned: false, entry };
  const anyPin = row2.declared.find(({ pin }) => isDeviating(pin)) ?? row2.declared.find(({ pin }) => pin !== null);
  if (anyPin !== void 0) return fromRequirement(anyPin.requirement, true);
  const first = row2.declared[0]?.requirement;
  return first === void 0 ? { file: "", line: 0, pinned: false } : fromRequirement(first, false);
}
function fromRequirement(requirement, pinned) {
  return {
    file: requirement.file,
    line: requirement.line,
    requirement,
    pinned
  };
}
function compareNewest(a, b) {
  const x = a[a.length - 1];
  const y = b[b.length - 1];
  return x === void 0 || y === void 0 ? 0 : compareVersions(x, y);
}
function versionIdentity(version3) {
  return version3.release.length > 1 && version3.release[version3.release.length - 1] === 0n ? versionIdentity({ ...version3, release: version3.release.slice(0, -1) }) : `${version3.epoch}!${version3.release.join(".")}|${version3.text.replace(/^(?:\d+!)?[\d.]+/, "")}`;
}
function sameVersions(a, b) {
  return a.length === b.length && a.every((v, i) => {
    const w = b[i];
    return w !== void 0 && compareVersions(v, w) === 0;
  });
}

// src/policy/rules/index.ts
var SOURCE_OPTIONS = {
  "--index-url": "an index",
  "--extra-index-url": "an extra index",
  "--find-links": "a find-links location",
  "--trusted-host": "a trusted host"
};
var ALWAYS_ALLOWED = [
  "https://pypi.org/simple",
  "https://pypi.org/pypi",
  // Where PyPI's index sends the downloads.
  "https://files.pythonhosted.org"
];
function normalizeSource(text3) {
  const trimmed = text3.trim().replace(/^(\.\/)+/, "");
  let end = trimmed.length;
  while (end > 1 && trimmed[end - 1] === "/") end--;
  const value = trimmed.slice(0, end);
  const scheme = value.indexOf("://");
  if (scheme === -1) return value;
  const rest = value.slice(scheme + 3);
  const slash = rest.indexOf("/");
  const authority = slash === -1 ? rest : rest.slice(0, slash);
  const host = authority.slice(authority.lastIndexOf("@") + 1).toLowerCase();
  return `${value.slice(0, scheme).toLowerCase()}://${host}${slash === -1 ? "" : rest.slice(slash)}`;
}
function hostOf(text3) {
  const normalized = normalizeSource(text3);
  const scheme = normalized.indexOf("://");
  const rest = scheme === -1 ? normalized : normalized.slice(scheme + 3);
  const slash = rest.indexOf("/");
  return (slash === -1 ? rest : rest.slice(0, slash)).toLowerCase();
}
function checkIndex(context) {
  const listed = [
    ...ALWAYS_ALLOWED,
    ...context.policy.indexUrl ? [context.policy.indexUrl] : [],
    ...context.policy.indexes.allowed
  ];
  const allowed = {
    sources: new Set(listed.map(normalizeSource)),
    hosts: new Set(listed.map(hostOf))
  };
  const severity = context.severityOf("index");
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const project of context.projects) {
    const found = [
      ...project.pipOptions.flatMap((o) => checkPipOption(o, allowed)),
      ...(project.packageSources ?? []).flatMap(
        (s) => checkSetting(s, allowed)
      ),
      ...checkLockRegistries(context, project, allowed)
    ];
    for (const { file, line, message, fix, pkg } of found) {
      const id = `${file}\0${line}\0${message}`;
      if (seen.has(id)) continue;
      seen.add(id);
      findings.push({
        rule: "index",
        severity,
        project: project.path,
        package: pkg ?? null,
        file,
        line,
        message,
        facts: { fix }
      });
    }
  }
  return findings;
}
var fixFor = (value) => `Remove it, or, if it is trusted, add \`${normalizeSource(value)}\` to [indexes] allowed in the policy.`;
function checkPipOption(option, allowed) {
  const kind = SOURCE_OPTIONS[option.name];
  const value = option.value;
  if (kind === void 0 || value === null) return [];
  const ok = option.name === "--trusted-host" ? allowed.hosts.has(hostOf(value)) : allowed.sources.has(normalizeSource(value));
  if (ok) return [];
  return [
    {
      file: option.file ?? null,
      line: option.line,
      message: `\`${option.name} ${value}\` adds ${kind} the policy does not list: pip may install any package from it, whatever the pins say.`,
      fix: fixFor(value)
    }
  ];
}
function checkSetting(setting, allowed) {
  if (allowed.sources.has(normalizeSource(setting.url))) return [];
  const kind = setting.kind === "index" ? "an index" : "a find-links location";
  const tool = setting.setting.includes("poetry") ? "Poetry" : "uv";
  return [
    {
      file: setting.file,
      line: setting.line,
      message: `\`${setting.setting} = "${setting.url}"\` adds ${kind} the policy does not list: ${tool} may install any package from it, whatever the pins say.`,
      fix: fixFor(setting.url)
    }
  ];
}
function checkLockRegistries(context, project, allowed) {
  const named = new Set(
    [
      ...(project.packageSources ?? []).map((s) => s.url),
      ...project.pipOptions.map((o) => o.value ?? "")
    ].map(normalizeSource)
  );
  const byIndex = /* @__PURE__ */ new Map();
  for (const entry of project.locked) {
    if (entry.source !== "registry" || entry.sourceUrl === null) continue;
    const source = normalizeSource(entry.sourceUrl);
    if (allowed.sources.has(source) || named.has(source)) continue;
    if (!context.reportsOnLock(project, entry.file)) continue;
    const key = `${entry.file}\0${source}`;
    byIndex.set(key, [...byIndex.get(key) ?? [], entry]);
  }
  return [...byIndex.values()].map((entries) => {
    const first = entries.reduce((a, b) => b.line < a.line ? b : a);
    const url2 = first.sourceUrl;
    const names = [...new Set(entries.map((e) => e.name))];
    const shown = names.length > 3 ? `${names.slice(0, 3).join(", ")}, \u2026` : names.join(", ");
    return {
      file: first.file,
      line: first.line,
      message: `${baseName(first.file)} installs ${names.length === 1 ? names[0] : `${names.length} packages (${shown})`} from \`${url2}\`, an index the policy does not list: the installer downloads from there, whatever the pins say.`,
      fix: `Lock them from an index the policy lists, or, if it is trusted, add \`${normalizeSource(url2)}\` to [indexes] allowed in the policy.`,
      ...names.length === 1 ? { pkg: first.name } : {}
    };
  });
}
var baseName = (path) => path.slice(path.lastIndexOf("/") + 1);

// src/policy/rules/index-unavailable.ts
var NAMED_RELEASES = 10;
function checkIndexUnavailable(context) {
  if (!context.index.online) return [];
  const severity = context.severityOf("index-unavailable");
  const groups = /* @__PURE__ */ new Map();
  for (const project of context.projects) {
    for (const release of listInstalledReleases(context, project)) {
      const found = lookupRelease(context, project, release);
      if (found === null || found.lookup.ok) continue;
      const key = JSON.stringify([found.index, found.lookup.error]);
      const group = groups.get(key) ?? {
        index: found.index,
        error: found.lookup.error,
        failed: [],
        seen: /* @__PURE__ */ new Set(),
        projects: /* @__PURE__ */ new Set()
      };
      group.projects.add(project.path);
      const where = JSON.stringify([release.file, release.line, release.text]);
      if (!group.seen.has(where)) {
        group.seen.add(where);
        group.failed.push({ project: project.path, release });
      }
      groups.set(key, group);
    }
  }
  const findings = [];
  for (const { index, error: error3, failed, projects } of groups.values()) {
    failed.sort(
      (a, b) => compareText(a.release.file, b.release.file) || a.release.line - b.release.line || compareText(a.release.name, b.release.name)
    );
    const first = failed[0];
    if (first === void 0) continue;
    if (failed.length === 1) {
      findings.push({
        rule: "index-unavailable",
        severity,
        project: first.project,
        package: first.release.name,
        file: first.release.file,
        line: first.release.line,
        message: `could not look up ${describeRelease(first.release)} on ${index} (${error3}). Whether it is yanked or too new, and what it requires, was not checked.`
      });
      continue;
    }
    const named = failed.slice(0, NAMED_RELEASES).map((f) => describeRelease(f.release));
    const more = failed.length - named.length;
    findings.push({
      rule: "index-unavailable",
      severity,
      project: projects.size === 1 ? first.project : null,
      package: null,
      file: first.release.file,
      line: first.release.line,
      message: `could not look up ${failed.length} releases${projects.size > 1 ? ` in ${projects.size} projects` : ""} on ${index} (${error3}): ${named.join(", ")}${more > 0 ? ` and ${more} more` : ""}. Whether they are yanked or too new, and what they require, was not checked.`
    });
  }
  return findings.map((finding) => ({ ...finding, facts: {} }));
}

// src/policy/rules/missing.ts
var import_picomatch7 = __toESM(require_picomatch2(), 1);
var NOT_DECLARING = /* @__PURE__ */ new Set([
  "build",
  "constraint",
  "override",
  "constraints-file"
]);
function checkMissing(context) {
  const required2 = Object.entries(context.policy.packages).flatMap(
    ([name2, settings]) => {
      const value = settings.required;
      if (value === void 0 || value === false) return [];
      const globs = value === true ? null : value;
      const matches2 = globs === null ? () => true : (0, import_picomatch7.default)(globs, { dot: true });
      return [{ name: name2, globs, matches: matches2 }];
    }
  );
  if (required2.length === 0) return [];
  const findings = [];
  for (const project of context.projects) {
    const declared = new Set(
      project.requirements.filter(declares).map((r) => r.name)
    );
    for (const { name: name2, globs, matches: matches2 } of required2) {
      if (declared.has(name2) || !matches2(project.path)) continue;
      const manifest = findManifest(project);
      const scope = globs === null ? "of every project" : `of the projects matching ${globs.map((g) => `\`${g}\``).join(", ")}`;
      findings.push({
        rule: "missing",
        severity: context.severityOf("missing"),
        project: project.path,
        package: name2,
        file: manifest,
        line: null,
        message: `${project.path === "." ? "the root project" : `\`${project.path}\``} does not declare \`${name2}\`, which the policy requires ${scope} (packages.${name2}.required).`,
        facts: {
          fix: `Add \`${name2}\` to its dependencies, or narrow packages.${name2}.required.`
        }
      });
    }
  }
  return findings;
}
function declares(requirement) {
  return !NOT_DECLARING.has(requirement.group);
}
function findManifest(project) {
  const pyproject = project.files.find((f) => f.kind === "pyproject");
  if (pyproject !== void 0) return pyproject.path;
  const declared = project.requirements.filter(declares);
  const runtime = declared.find((r) => !isDevRequirementsFile(r.file));
  return (runtime ?? declared[0])?.file ?? project.files[0]?.path ?? null;
}

// src/policy/rules/outside-policy.ts
function checkOutsidePolicy(context) {
  const findings = [];
  const severity = context.severityOf("outside-policy");
  for (const project of context.projects) {
    const local = listLocalPackages(project);
    for (const requirement of project.requirements) {
      if (local.has(requirement.name)) continue;
      const settings = context.policy.packages[requirement.name];
      if (settings?.allowed === void 0 || requirement.url !== null) continue;
      if (requirement.group === "constraints-file" || requirement.group === "constraint")
        continue;
      const allowed = context.parseSpecifier(settings.allowed);
      const effective = findEffectiveRange(project, requirement);
      const declared = context.parseSpecifier(effective.specifier);
      if (allowed === null || declared === null || admitsNothing(declared))
        continue;
      const because = explain(requirement.name, settings.allowed);
      const pinned = findExactVersion(declared);
      const outside = pinned === null ? findEscape(declared, allowed) : admits(allowed, pinned) ? null : pinned.text;
      if (outside === null) continue;
      const suggestion = suggestRequirement(context, project, requirement);
      const written = pinned !== null ? `is pinned to ${pinned.text}` : effective.specifier === "" ? `with no version constraint admits ${outside}` : `${describeEffectiveRange(requirement, effective.constraints)} admits ${outside}`;
      findings.push({
        rule: "outside-policy",
        severity,
        project: project.path,
        package: requirement.name,
        file: requirement.file,
        line: requirement.line,
        message: `\`${requirement.name}\` ${written}, ${because}${pinned === null ? ", and a resolver may pick it" : ""}${settings.reason === void 0 ? "" : `: ${settings.reason}`}.`,
        counterexample: outside,
        ...suggestion === null ? {} : { suggestion: suggestion.line },
        facts: {
          fix: suggestion === null ? `Pin a version inside \`${settings.allowed}\`.` : `Write \`${suggestion.line}\`.`,
          also: `it is ${explain(requirement.name, settings.allowed)}`,
          requirement,
          ...suggestion === null ? {} : { replacement: suggestion.specifier }
        }
      });
    }
    append(findings, checkLockedVersions(context, project));
  }
  return findings;
}
function checkLockedVersions(context, project) {
  const findings = [];
  const severity = context.severityOf("outside-policy");
  for (const entry of listLockedEntries(project)) {
    const settings = context.policy.packages[entry.name];
    if (settings?.allowed === void 0 || !context.reportsOnLock(project, entry.file))
      continue;
    const allowed = context.parseSpecifier(settings.allowed);
    const version3 = parseLockedVersion(entry);
    if (allowed === null || version3 === null || admits(allowed, version3))
      continue;
    findings.push({
      rule: "outside-policy",
      severity,
      project: project.path,
      package: entry.name,
      file: entry.file,
      line: entry.line,
      message: `the lock holds \`${entry.name}\` ${version3.text}, ${explain(entry.name, settings.allowed)}${settings.reason === void 0 ? "" : `: ${settings.reason}`}.`,
      counterexample: version3.text,
      facts: {
        fix: `Constrain it to \`${settings.allowed}\` in the manifest and re-lock.`,
        entry
      }
    });
  }
  return findings;
}
function explain(name2, allowed) {
  return `outside the policy's \`${allowed}\` (packages.${name2}.allowed)`;
}

// src/policy/rules/too-new.ts
function checkTooNew(context) {
  if (context.index.releases.size === 0) return [];
  const findings = [];
  const severity = context.severityOf("too-new");
  const now = context.today.getTime();
  for (const project of context.projects) {
    const excludeNewer = project.excludeNewer == null ? null : parseExcludeNewer(project.excludeNewer);
    for (const release of listInstalledReleases(context, project)) {
      const found = lookupRelease(context, project, release);
      if (!found?.lookup.ok || found.lookup.value?.uploadTime == null) continue;
      const uploaded = new Date(found.lookup.value.uploadTime);
      if (Number.isNaN(uploaded.getTime())) continue;
      const base = {
        rule: "too-new",
        severity,
        project: project.path,
        package: release.name,
        file: release.file,
        line: release.line
      };
      if (excludeNewer !== null && uploaded > excludeNewer) {
        findings.push({
          ...base,
          message: `${describeRelease(release)} was uploaded ${formatUtc(uploaded)}, after the project's \`[tool.uv] exclude-newer = "${project.excludeNewer}"\`: uv would not resolve it. It is allowed once exclude-newer is moved past ${formatUtc(uploaded)}; otherwise pin an older release.`
        });
        continue;
      }
      const cooldown = context.policy.cooldown.packages[release.name] ?? context.policy.cooldown.default;
      if (cooldown <= 0) continue;
      const allowedAt = new Date(uploaded.getTime() + cooldown);
      if (allowedAt.getTime() <= now) continue;
      findings.push({
        ...base,
        message: `${describeRelease(release)} was uploaded ${formatUtc(uploaded)}, less than the cooldown of ${formatDuration(cooldown)} ago: it becomes allowed at ${formatUtc(allowedAt)}. Until then keep the previous release.`
      });
    }
  }
  return findings.map((finding) => ({ ...finding, facts: {} }));
}

// src/policy/rules/unpinned.ts
var WHY = {
  exact: "only an exact pin (`==X`, or a URL fixed to a commit or hash) installs the same code every time",
  compatible: "without `~=X.Y` or `==X.Y.*` a new feature release can be installed unnoticed",
  bounded: "without an upper bound the next major release, and its breaking changes, can be installed",
  specified: "without any version constraint every release, including a future breaking one, can be installed",
  any: ""
};
var DESCRIBED = {
  exact: "an exact pin",
  compatible: "a compatible-release pin",
  bounded: "an upper bound",
  specified: "a version constraint",
  any: "nothing"
};
function checkUnpinned(context) {
  const findings = [];
  for (const project of context.projects) {
    const local = listLocalPackages(project);
    for (const requirement of project.requirements) {
      if (local.has(requirement.name) || requirement.name === project.name || isCompiledInput(project, requirement))
        continue;
      const effective = findEffectiveRange(project, requirement);
      const set = requirement.url === null ? context.parseSpecifier(effective.specifier) : null;
      const actual = findPinLevel(
        { ...requirement, specifier: effective.specifier },
        set
      );
      if (actual === null) continue;
      const required2 = findRequiredPinLevel(
        context.policy,
        project,
        requirement
      );
      if (meetsPinLevel(actual, required2.level)) continue;
      const suggestion = suggestRequirement(context, project, requirement, {
        preferLocked: true
      });
      const written = requirement.url ?? (requirement.specifier === "" ? "no version constraint" : requirement.specifier);
      const needs = `${DESCRIBED[required2.level]} (${required2.key} = "${required2.level}")`;
      const constrained = effective.constraints.length === 0 ? "" : `, even with ${effective.constraints.map((c) => `\`${c.name}${c.specifier}\` (${formatLocation(c.file, c.line)})`).join(" and ")}`;
      findings.push({
        rule: "unpinned",
        severity: context.severityOf("unpinned"),
        project: project.path,
        package: requirement.name,
        file: requirement.file,
        line: requirement.line,
        message: `\`${requirement.name}\` (${written}${constrained}) needs ${needs}: ${WHY[required2.level]}.`,
        ...suggestion === null ? {} : { suggestion: suggestion.line },
        facts: {
          fix: suggestion === null ? "Tighten the requirement." : `Write \`${suggestion.line}\`.`,
          also: `it needs ${needs}`,
          requirement,
          ...suggestion === null ? {} : { replacement: suggestion.specifier }
        }
      });
    }
  }
  return findings;
}

// src/policy/rules/yanked.ts
function checkYanked(context) {
  if (context.index.releases.size === 0) return [];
  const findings = [];
  const severity = context.severityOf("yanked");
  for (const project of context.projects) {
    for (const release of listInstalledReleases(context, project)) {
      const found = lookupRelease(context, project, release);
      if (!found?.lookup.ok || found.lookup.value === null) continue;
      const facts = found.lookup.value;
      if (!facts.yanked) continue;
      const reason = facts.yankedReason === null ? "no reason given" : `reason: "${facts.yankedReason}"`;
      findings.push({
        rule: "yanked",
        severity,
        project: project.path,
        package: release.name,
        file: release.file,
        line: release.line,
        message: `${describeRelease(release)} is yanked on ${found.index} (${reason}). Its maintainers withdrew it: move to another release.`
      });
    }
  }
  return findings.map((finding) => ({ ...finding, facts: {} }));
}

// src/policy/soak-exceptions.ts
function waiveSoakFindings(findings, policy, today) {
  const active = listActiveExceptions(policy.exceptions, today).filter(
    (e) => e.rule === "soak"
  );
  return findings.filter((f) => !active.some((e) => isSuppressedBy(f, e)));
}
function soakExceptionInScope(exception, projects, canaryGlobs) {
  if (exception.rule !== "soak") return false;
  const canary = (path) => canaryGlobs.some((glob) => matchesGlob(path, glob));
  return projects.some(
    (project) => !canary(project.path) && [...project.requirements, ...project.locked].some(
      (entry) => isSuppressedBy(
        {
          rule: "soak",
          severity: "warning",
          project: project.path,
          package: entry.name,
          file: entry.file,
          line: entry.line,
          message: ""
        },
        exception
      )
    )
  );
}

// src/policy/evaluate-policy.ts
var RULES = {
  unpinned: checkUnpinned,
  "outside-policy": checkOutsidePolicy,
  banned: checkBanned,
  "lock-mismatch": (context) => [
    ...checkLockMismatch(context),
    ...checkCompiledMismatch(context)
  ],
  // Two sources of clashes: the project's own requirements, and what its pinned packages require.
  conflict: (context) => [
    ...checkUnsatisfiable(context),
    ...checkConflict(context),
    ...checkDependencyConflicts(context)
  ],
  diverged: checkDiverged,
  inconsistent: checkInconsistent,
  compat: checkCompat,
  "exception-expired": checkExceptionExpired,
  // Judged after the other rules, from what the exceptions suppressed (see below).
  "exception-unused": () => [],
  missing: checkMissing,
  yanked: checkYanked,
  "too-new": checkTooNew,
  "index-unavailable": checkIndexUnavailable,
  index: checkIndex,
  // A change against its base branch's history, not one tree: see src/rollout/check-soak.ts.
  soak: () => [],
  "dead-marker": checkDeadMarker
};
var SEE_DEAD = /* @__PURE__ */ new Set(["dead-marker", "lock-mismatch"]);
function evaluatePolicy(projects, policy, options) {
  return evaluatePolicyWithExceptions(projects, policy, options).findings;
}
function evaluatePolicyWithExceptions(projects, policy, options) {
  const whole = createRuleContext(
    projects,
    policy,
    options.today,
    options.index
  );
  const context = { ...whole, projects: listLiveProjects(projects) };
  const all = [];
  for (const id of RULE_IDS) {
    if (policy.rules[id] === "off") continue;
    try {
      append(all, RULES[id](SEE_DEAD.has(id) ? whole : context));
    } catch (error3) {
      all.push({
        rule: id,
        severity: "error",
        project: null,
        package: null,
        file: null,
        line: null,
        message: `pin-audit failed while checking rule \`${id}\` (this is a bug in pin-audit, please report it): ${error3 instanceof Error ? error3.stack ?? error3.message : String(error3)}`,
        facts: {}
      });
    }
  }
  const active = listActiveExceptions(policy.exceptions, options.today);
  const findings = [];
  const suppressed = [];
  const used = /* @__PURE__ */ new Set();
  for (const finding of all) {
    const by = active.filter((e) => isSuppressedBy(finding, e));
    for (const exception of by) used.add(exception);
    (by.length > 0 ? suppressed : findings).push(finding);
  }
  for (const e of active)
    if (soakExceptionInScope(e, projects, policy.rollout.canary)) used.add(e);
  if (policy.rules["exception-unused"] !== "off" && !options.partial)
    append(findings, checkExceptionUnused(context, active, used));
  return {
    findings: sortFindings(
      consolidateFindings(findings, projects).map(finalizeFinding)
    ),
    suppressed: sortFindings(suppressed.map(finalizeFinding))
  };
}
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => (a.file === null ? 1 : 0) - (b.file === null ? 1 : 0) || compareText(a.file ?? "", b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || compareText(a.rule, b.rule) || compareText(a.package ?? "", b.package ?? "") || compareText(a.project ?? "", b.project ?? "") || compareText(a.message, b.message)
  );
}

// src/policy/requirements-needed.ts
var RULES_READING_REQUIREMENTS = [
  "conflict",
  "unpinned",
  "outside-policy",
  "compat",
  "banned"
];
function createRequirementsNeed(policy) {
  if (RULES_READING_REQUIREMENTS.every((rule) => policy.rules[rule] === "off"))
    return () => false;
  return (project, name2, version3) => !recordedByPoetryOnly(project, name2, version3);
}
function recordedByPoetryOnly(project, name2, version3) {
  for (const requirement of project.requirements)
    if (requirement.name === name2 && findPinnedVersion(requirement.specifier) === version3)
      return false;
  let recorded = false;
  for (const entry of project.locked) {
    if (entry.name !== name2 || entry.version === null) continue;
    if (parseVersion(entry.version)?.text !== version3) continue;
    if (findFileKind(project, entry.file) !== "poetry-lock") return false;
    recorded = true;
  }
  return recorded;
}

// src/report/list-checks.ts
var INDEX_RULES2 = /* @__PURE__ */ new Set([
  "yanked",
  "too-new",
  "index-unavailable"
]);
function listChecks(policy, index) {
  const lookups = [...index.releases.values()];
  const failed = lookups.filter((entry) => !entry.lookup.ok).length;
  return RULE_IDS.map((rule) => {
    if (policy.rules[rule] === "off")
      return {
        rule,
        status: "not-run",
        reason: `turned off in the policy (rules.${rule} = "off")`
      };
    if (!INDEX_RULES2.has(rule)) return { rule, status: "ran", reason: null };
    if (!index.online)
      return {
        rule,
        status: "not-run",
        reason: "offline: no package index was asked"
      };
    if (rule === "index-unavailable" || failed === 0)
      return { rule, status: "ran", reason: null };
    return failed === lookups.length ? {
      rule,
      status: "not-run",
      reason: `the package index could not be read for any of ${lookups.length} releases`
    } : {
      rule,
      status: "partial",
      reason: `${failed} of ${lookups.length} releases could not be looked up on the package index`
    };
  });
}
function describeUnchecked(checks) {
  const byReason = /* @__PURE__ */ new Map();
  for (const check of checks) {
    if (check.status === "ran") continue;
    const label = `${check.rule}${check.status === "partial" ? " (in part)" : ""}`;
    const reason = check.reason ?? "";
    byReason.set(reason, [...byReason.get(reason) ?? [], label]);
  }
  if (byReason.size === 0) return null;
  return [...byReason].map(
    ([reason, rules]) => `${rules.join(", ")}${reason ? ` (${reason})` : ""}`
  ).join("; ");
}

// src/report/mask-credentials.ts
var MAX_MESSAGE_CHARS = 600;
var URL_USERINFO = /:\/\/[^/@\s]*@/g;
var GITHUB_TOKEN = /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g;
var AUTHORIZATION = /(authorization\s*[:=]\s*)[^\r\n]*/gi;
function maskCredentials(text3) {
  return text3.replace(URL_USERINFO, "://***@").replace(GITHUB_TOKEN, "***").replace(AUTHORIZATION, "$1***");
}
function clipExcerpt(text3) {
  return text3.length > MAX_MESSAGE_CHARS ? `${text3.slice(0, MAX_MESSAGE_CHARS - 1)}\u2026` : text3;
}

// src/version.ts
var TOOL_NAME = "pin-audit";
var TOOL_VERSION = true ? "0.1.0" : "dev";
var TOOL_URL = "https://github.com/pin-audit/pin-audit";

// src/audit.ts
var READ_CONCURRENCY = 16;
async function auditRepository(options) {
  const scope = options.scope ?? ".";
  const globs = {
    include: options.include ?? [],
    exclude: options.exclude ?? []
  };
  checkGlobsCompile(globs);
  const loaded = await loadPolicy(options.root, options.policyPath);
  const discovery = await discoverFiles(options.root, {
    include: globs.include.map((g) => scopeGlob(g, scope)),
    exclude: globs.exclude.map((g) => scopeGlob(g, scope)),
    scope
  });
  checkGlobsMatched(globs, scope, discovery);
  const indexOptions = toIndexOptions(loaded, options);
  const session = startIndexSession(indexOptions, discovery.files.length > 0);
  const fileDiagnostics = /* @__PURE__ */ new Map();
  const addDiagnostics = (file, diagnostics) => {
    if (diagnostics.length === 0) return;
    const list = fileDiagnostics.get(file) ?? [];
    append(list, diagnostics);
    fileDiagnostics.set(file, list);
  };
  const projects = groupProjects(
    discovery.files,
    await parseFiles(discovery.files, {
      rootReal: discovery.rootReal,
      boundaryReal: options.boundary === void 0 ? discovery.rootReal : await realpath(options.boundary),
      env: withoutCredential(options.env ?? {}),
      pool: options.parseWorkers,
      addDiagnostics
    }),
    (file, diagnostic) => addDiagnostics(file, [diagnostic])
  );
  const partial2 = scope !== "." || globs.include.length > 0 || globs.exclude.length > 0;
  applyInstallDeclarations(projects, loaded.policy, { partial: partial2 });
  const projectPaths = new Set(projects.map((p) => p.path));
  const findings = [
    ...listDiscoveryFindings(discovery, projectPaths, options),
    ...listFileFindings(fileDiagnostics, projectPaths)
  ];
  const gathered2 = await gatherIndexFacts(projects, {
    ...indexOptions,
    session
  });
  const evaluated = evaluatePolicy(projects, loaded.policy, {
    today: options.today ?? /* @__PURE__ */ new Date(),
    index: gathered2.facts,
    partial: partial2
  });
  for (const f of findings) f.message = clipExcerpt(f.message);
  append(findings, evaluated);
  for (const f of findings)
    f.message = maskSecrets(
      redactUrl(maskCredentials(f.message)),
      gathered2.secrets
    );
  findings.sort(compareFindings);
  const report3 = buildReport(
    options.root,
    toReportPolicy(loaded),
    projects,
    findings,
    discovery.files.length
  );
  report3.checks = listChecks(loaded.policy, gathered2.facts);
  return { ...report3, packageLinks: collectPackageLinks(gathered2.facts) };
}
function toIndexOptions(loaded, options) {
  return {
    offline: options.offline ?? true,
    indexUrl: options.indexUrl ?? loaded.policy.indexUrl,
    cacheDir: options.cacheDir ?? null,
    env: options.networkEnv ?? options.env ?? {},
    token: options.indexToken ?? null,
    http: {
      concurrency: options.indexConcurrency ?? loaded.policy.indexConcurrency
    },
    needsRequirements: createRequirementsNeed(loaded.policy)
  };
}
function toReportPolicy(loaded) {
  return {
    source: loaded.source.kind,
    file: loaded.source.file,
    presets: loaded.presets,
    description: loaded.description
  };
}
function listDiscoveryFindings(discovery, projectPaths, options) {
  const findings = [];
  for (const issue3 of discovery.issues) {
    findings.push({
      rule: issue3.rule ?? "discovery",
      severity: issue3.rule === "unauditable" ? "error" : issue3.severity,
      project: nearestProject(issue3.path, projectPaths),
      package: null,
      file: issue3.path,
      line: null,
      message: issue3.message
    });
  }
  if (discovery.files.length === 0)
    findings.push({
      rule: "discovery",
      severity: "warning",
      project: null,
      package: null,
      file: null,
      line: null,
      message: describeNoFiles(options)
    });
  return findings;
}
function listFileFindings(fileDiagnostics, projectPaths) {
  const findings = [];
  for (const [file, diagnostics] of fileDiagnostics) {
    const seen = /* @__PURE__ */ new Set();
    for (const d of diagnostics) {
      const key = `${d.severity}\0${d.line}\0${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({
        rule: d.rule ?? "invalid-file",
        severity: d.rule === "unauditable" ? "error" : d.severity,
        project: nearestProject(posix12.dirname(file), projectPaths),
        package: null,
        file,
        line: d.line,
        message: d.message
      });
    }
  }
  return findings;
}
async function parseFiles(files, options) {
  const pool = options.pool === false ? void 0 : options.pool ?? {
    // Made when first read: only a tree large enough for the workers asks (the engine's URL is itself
    // made when first read, see scripts/build.mjs).
    get workerUrl() {
      return new URL("./parse-worker.js", import.meta.url);
    }
  };
  let outcomes = null;
  if (canUseParsePool(pool, files.length)) {
    outcomes = await parseInWorkers(
      files,
      {
        rootReal: options.rootReal,
        boundaryReal: options.boundaryReal,
        env: options.env
      },
      pool
    ).catch(() => null);
  }
  if (outcomes === null) {
    const reader = createRequirementsReader(
      options.rootReal,
      options.env,
      options.boundaryReal
    );
    outcomes = await mapConcurrently(
      files,
      READ_CONCURRENCY,
      (file) => parseDiscoveredFile(file, reader)
    );
  }
  const parsed = [];
  for (const outcome of outcomes) {
    for (const [file, diagnostics] of outcome.diagnostics)
      options.addDiagnostics(file, diagnostics);
    if (outcome.parsed !== null) parsed.push(outcome.parsed);
  }
  return parsed;
}
function describeNoFiles(options) {
  const globs = [
    ...(options.include ?? []).map((g) => `include ${JSON.stringify(g)}`),
    ...(options.exclude ?? []).map((g) => `exclude ${JSON.stringify(g)}`)
  ];
  return `no dependency files found under ${options.root}${globs.length > 0 ? ` (${globs.join(", ")})` : ""}`;
}
function nearestProject(path, projectPaths) {
  let dir = path === "" ? "." : path;
  for (; ; ) {
    if (projectPaths.has(dir)) return dir;
    if (dir === ".") return null;
    dir = posix12.dirname(dir);
  }
}
var SEVERITY_ORDER = { error: 0, warning: 1, notice: 2 };
function compareFindings(a, b) {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compareStrings(a.file ?? "", b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || compareStrings(a.rule, b.rule) || compareStrings(a.package ?? "", b.package ?? "") || compareStrings(a.message, b.message);
}
function buildReport(root, policy, projects, findings, fileCount) {
  const count2 = (severity) => findings.filter((f) => f.severity === severity).length;
  return {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    root,
    policy,
    projects,
    findings,
    summary: {
      projects: projects.length,
      files: fileCount,
      requirements: projects.reduce((n, p) => n + p.requirements.length, 0),
      locked: projects.reduce((n, p) => n + p.locked.length, 0),
      errors: count2("error"),
      warnings: count2("warning"),
      notices: count2("notice")
    }
  };
}
function withoutCredential(env) {
  if (env[INDEX_TOKEN_ENV] === void 0) return env;
  const { [INDEX_TOKEN_ENV]: _credential, ...rest } = env;
  return rest;
}

// src/compare/add-soak-findings.ts
import { posix as posix14 } from "node:path";

// src/github/git-tree.ts
import { execFile } from "node:child_process";

// src/github/git-blob-reader.ts
import { spawn } from "node:child_process";

// src/github/git-process.ts
var GIT_TIMEOUT_MS = 12e4;
var GIT_OUTPUT_BYTES = 32 * 1024 * 1024;
function gitEnvironment() {
  return {
    ...process.env,
    GIT_TERMINAL_PROMPT: "0",
    GIT_ASKPASS: "",
    GIT_OPTIONAL_LOCKS: "0"
  };
}

// src/github/git-blob-reader.ts
function openBlobReader(repoDir, maxBytes = GIT_OUTPUT_BYTES) {
  const child = spawnCatFileBatch(repoDir);
  const waiting = [];
  const parser = createBatchParser(waiting, maxBytes);
  let failure2 = null;
  let closed = false;
  let timer;
  const watch = () => {
    clearTimeout(timer);
    timer = waiting.length === 0 ? void 0 : setTimeout(
      () => fail3(new Error("git cat-file did not answer in time")),
      GIT_TIMEOUT_MS
    );
  };
  const fail3 = (error3) => {
    failure2 ??= error3;
    clearTimeout(timer);
    for (const waiter of waiting.splice(0)) waiter.reject(failure2);
    child.kill();
  };
  child.stdout?.on("data", (chunk) => {
    try {
      parser(chunk);
    } catch (error3) {
      fail3(error3);
      return;
    }
    watch();
  });
  onExit(child, fail3);
  return {
    read(oid) {
      if (!/^[0-9a-f]{40,64}$/.test(oid))
        return Promise.reject(new Error(`not an object id: ${oid}`));
      if (closed) return Promise.reject(new Error("the blob reader is closed"));
      if (failure2 !== null) return Promise.reject(failure2);
      return new Promise((resolve6, reject) => {
        waiting.push({ oid, resolve: resolve6, reject });
        if (waiting.length === 1) watch();
        child.stdin?.write(`${oid}
`);
      });
    },
    close() {
      closed = true;
      child.stdin?.end();
      if (waiting.length === 0) clearTimeout(timer);
    }
  };
}
function spawnCatFileBatch(repoDir) {
  return spawn("git", ["cat-file", "--batch"], {
    cwd: repoDir,
    stdio: ["pipe", "pipe", "pipe"],
    env: gitEnvironment()
  });
}
function onExit(child, fail3) {
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    if (stderr.length < 2e3) stderr += chunk.toString("utf8");
  });
  child.on(
    "error",
    (error3) => fail3(new Error(`git cat-file failed: ${error3.message}`))
  );
  child.on("close", (code, signal) => {
    const how = signal === null ? `exit status ${code}` : `killed by ${signal}`;
    fail3(
      new Error(`git cat-file failed: ${stderr.trim() || how}`.slice(0, 2e3))
    );
  });
  child.stdin?.on("error", () => {
  });
}
function createBatchParser(waiting, maxBytes) {
  let pending = [];
  let pendingBytes = 0;
  let body = null;
  const take = (count2) => {
    const all = pending.length === 1 ? pending[0] : Buffer.concat(pending, pendingBytes);
    const rest = all.subarray(count2);
    pending = rest.length === 0 ? [] : [rest];
    pendingBytes = rest.length;
    return all.subarray(0, count2);
  };
  return (chunk) => {
    pending.push(chunk);
    pendingBytes += chunk.length;
    for (; ; ) {
      const waiter = waiting[0];
      if (body === null) {
        const newline = indexOfNewline(pending);
        if (newline === -1) return;
        const header = take(newline + 1).toString("utf8").slice(0, -1);
        if (waiter === void 0)
          throw new Error(
            `git cat-file answered what was not asked: ${header.slice(0, 200)}`
          );
        body = readHeader2(header, waiter.oid);
        if (body === null) {
          waiting.shift();
          waiter.reject(new Error(`git cat-file: ${header.slice(0, 200)}`));
          continue;
        }
      }
      if (body.size > maxBytes) {
        if (!body.refused) {
          body.refused = true;
          waiting.shift();
          waiter?.reject(
            new Error(`object ${waiter.oid} is larger than ${maxBytes} bytes`)
          );
        }
        const dropped = Math.min(pendingBytes, body.size + 1 - body.dropped);
        take(dropped);
        body.dropped += dropped;
        if (body.dropped < body.size + 1) return;
        body = null;
        continue;
      }
      if (pendingBytes < body.size + 1) return;
      const bytes = take(body.size + 1).subarray(0, body.size);
      const { type } = body;
      body = null;
      waiting.shift();
      if (type === "blob") waiter?.resolve(bytes);
      else
        waiter?.reject(
          new Error(`object ${waiter.oid} is a ${type}, not a blob`)
        );
    }
  };
}
function readHeader2(header, oid) {
  const match = /^([0-9a-f]{40,64}) (\S+) (\d+)$/.exec(header);
  if (match === null) {
    if (header.startsWith(`${oid} `)) return null;
    throw new Error(`git cat-file answered "${header.slice(0, 200)}"`);
  }
  if (match[1] !== oid)
    throw new Error(`git cat-file answered ${match[1]} for ${oid}`);
  return { size: Number(match[3]), type: match[2], dropped: 0 };
}
function indexOfNewline(chunks) {
  let offset = 0;
  for (const chunk of chunks) {
    const at2 = chunk.indexOf(10);
    if (at2 !== -1) return offset + at2;
    offset += chunk.length;
  }
  return -1;
}

// src/github/materialize-tree.ts
import { lstat as lstat3, mkdir as mkdir3, symlink as symlink2, truncate, writeFile as writeFile4 } from "node:fs/promises";
import { dirname, join as join11, posix as posix13 } from "node:path";

// src/github/virtualenv-layout.ts
import { mkdir as mkdir2, writeFile as writeFile3 } from "node:fs/promises";
function findVirtualenvs(entries) {
  const dirs = /* @__PURE__ */ new Set();
  for (const entry of entries)
    for (let dir = parentOf(entry.path); dir !== ""; dir = parentOf(dir))
      dirs.add(dir);
  const found = [];
  for (const entry of entries) {
    if (entry.symlink || !entry.path.endsWith("pyvenv.cfg")) continue;
    const dir = parentOf(entry.path);
    if (dir === "" || `${dir}/pyvenv.cfg` !== entry.path) continue;
    const scripts = ["bin", "Scripts"].find((d) => dirs.has(`${dir}/${d}`));
    const lib = ["lib", "Lib"].find((d) => dirs.has(`${dir}/${d}`));
    if (scripts !== void 0 && lib !== void 0)
      found.push({ dir, layout: [scripts, lib] });
  }
  return found;
}
async function writeVirtualenvLayouts(entries, inside) {
  for (const { dir, layout } of findVirtualenvs(entries)) {
    for (const sub of layout)
      await mkdir2(await inside(`${dir}/${sub}`), { recursive: true });
    await writeFile3(await inside(`${dir}/pyvenv.cfg`), "", { flag: "a" });
  }
}

// src/github/materialize-tree.ts
var MAX_INCLUDE_FILES = 2e3;
function selectAuditedFiles(entries) {
  const siblingsOf = groupSiblings(entries);
  return entries.filter(
    (e) => !e.symlink && classifyFile(e.path, siblingsOf(e.path)) !== null
  );
}
function treeView(byPath, readBlob) {
  const dirs = /* @__PURE__ */ new Set([""]);
  for (const path of byPath.keys())
    for (let dir = parentOf(path); !dirs.has(dir); dir = parentOf(dir))
      dirs.add(dir);
  const targets = /* @__PURE__ */ new Map();
  return {
    async lstat(path) {
      const entry = byPath.get(path);
      if (entry !== void 0) return entry.symlink ? "link" : "file";
      return dirs.has(path) ? "dir" : "missing";
    },
    readlink(path) {
      let target = targets.get(path);
      if (target === void 0) {
        target = readBlob(byPath.get(path)).then(
          (bytes) => Buffer.from(bytes).toString("utf8")
        );
        targets.set(path, target);
      }
      return target;
    },
    // A link in a commit to an absolute path names the runner's files, never the commit's.
    underRoot: () => null
  };
}
async function materializeEntries(entries, destDir, concurrency, readBlob) {
  const byPath = new Map(entries.map((e) => [e.path, e]));
  const view = treeView(byPath, readBlob);
  const siblingsOf = groupSiblings(entries);
  const warnings = [];
  const content = /* @__PURE__ */ new Map();
  const copy = (path) => {
    let bytes = content.get(path);
    if (bytes === void 0) {
      const entry = byPath.get(path);
      bytes = entry.size > MAX_FILE_BYTES ? Promise.resolve(entry.size) : readBlob(entry);
      content.set(path, bytes);
    }
    return bytes;
  };
  const isRequirements = (path) => classifyFile(path, siblingsOf(path)) === "requirements";
  const pending = [];
  const links = entries.filter((e) => e.symlink);
  await forEachConcurrently(
    selectAuditedFiles(entries),
    concurrency,
    async (entry) => {
      const bytes = await copy(entry.path);
      if (isRequirements(entry.path))
        pending.push({ openedAs: entry.path, bytes });
    }
  );
  const linkedDirs = [];
  await forEachConcurrently(links, concurrency, async (link) => {
    const target = await resolvePath(view, "", link.path);
    if (target.ok && target.kind === "dir" && target.path !== "")
      linkedDirs.push(target.path);
    if (!target.ok || target.kind !== "file") return;
    const bytes = await copy(target.path);
    if (isRequirements(link.path)) pending.push({ openedAs: link.path, bytes });
  });
  for (const entry of selectAuditedFiles(entries))
    if (classifyFile(entry.path, siblingsOf(entry.path)) === "pyproject")
      append(pending, await copyDynamicFiles(entry.path, view, copy));
  await followIncludes(pending, view, copy, warnings);
  const written = await writeContent(destDir, content);
  for (const dir of linkedDirs)
    await mkdir3(await targetInside(destDir, dir), { recursive: true });
  await writeVirtualenvLayouts(entries, (path) => targetInside(destDir, path));
  for (const link of links) {
    const target = await view.readlink(link.path);
    if (target.includes("\0")) continue;
    await writeLinkInside(destDir, link.path, target);
    written.push(link.path);
  }
  return {
    files: written.sort(),
    warnings: warnings.sort(
      (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0
    )
  };
}
async function writeContent(destDir, content) {
  const written = [];
  for (const [path, bytes] of content) {
    const value = await bytes;
    if (typeof value === "number")
      await writeSparseInside(destDir, path, value);
    else await writeInside(destDir, path, value);
    written.push(path);
  }
  return written;
}
async function copyDynamicFiles(pyproject, view, copy) {
  const bytes = await copy(pyproject);
  if (typeof bytes === "number") return [];
  const toml = parseToml(Buffer.from(bytes).toString("utf8"), pyproject);
  const found = [];
  for (const file of listDynamicFiles(toml.value)) {
    const openedAs = `${parentOf(pyproject) || "."}/${file}`;
    const target = await resolvePath(view, "", openedAs);
    if (target.ok && target.kind === "file")
      found.push({ openedAs, bytes: await copy(target.path) });
  }
  return found;
}
async function followIncludes(pending, view, copy, warnings) {
  const seen = /* @__PURE__ */ new Set();
  while (pending.length > 0) {
    const { openedAs, bytes } = pending.pop();
    if (typeof bytes === "number") continue;
    const decoded = decodeRequirementsBytes(bytes);
    if (!decoded.ok) continue;
    const parsed = parseRequirementsTxt(decoded.text, openedAs);
    for (const include of parsed.value.includes) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(include.target)) continue;
      const includedAs = include.target.startsWith("/") ? include.target : `${parentOf(openedAs) || "."}/${include.target}`;
      const target = await resolvePath(view, "", includedAs);
      if (!target.ok || target.kind !== "file") continue;
      const dir = await resolvePath(view, "", parentOf(includedAs) || ".");
      const from = dir.ok ? dir.path : parentOf(includedAs);
      const key = `${from}\0${target.path}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (seen.size > MAX_INCLUDE_FILES) {
        warnings.push({
          path: target.path,
          rule: "unauditable",
          message: `included through more than ${MAX_INCLUDE_FILES} -r/-c files; not copied, so what pip reads from it was not audited`
        });
        continue;
      }
      pending.push({
        openedAs: `${from ? `${from}/` : ""}${posix13.basename(includedAs)}`,
        bytes: await copy(target.path)
      });
    }
  }
}
function groupSiblings(entries) {
  const byDir = /* @__PURE__ */ new Map();
  for (const e of entries) {
    const dir = posix13.dirname(e.path);
    const names = byDir.get(dir) ?? /* @__PURE__ */ new Set();
    names.add(posix13.basename(e.path));
    byDir.set(dir, names);
  }
  return (path) => byDir.get(posix13.dirname(path)) ?? /* @__PURE__ */ new Set();
}
async function targetInside(destDir, relPath) {
  const normalized = posix13.normalize(relPath);
  if (normalized.startsWith("../") || normalized === ".." || posix13.isAbsolute(normalized) || normalized.split("/").includes(".git"))
    throw new Error(`refusing to write outside the temporary tree: ${relPath}`);
  const target = join11(destDir, ...normalized.split("/"));
  await mkdir3(dirname(target), { recursive: true });
  const parts = normalized.split("/").slice(0, -1);
  for (let i = 1; i <= parts.length; i++) {
    const info2 = await lstat3(join11(destDir, ...parts.slice(0, i)));
    if (!info2.isDirectory())
      throw new Error(`refusing to write through a link: ${relPath}`);
  }
  return target;
}
async function writeInside(destDir, relPath, bytes) {
  await writeFile4(await targetInside(destDir, relPath), bytes);
}
async function writeSparseInside(destDir, relPath, size) {
  const target = await targetInside(destDir, relPath);
  await writeFile4(target, new Uint8Array());
  await truncate(target, size);
}
async function writeLinkInside(destDir, relPath, linkTarget) {
  await symlink2(linkTarget, await targetInside(destDir, relPath));
}
async function forEachConcurrently(items, limit, fn) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]);
    })
  );
}

// src/github/git-tree.ts
var runGit = (args, cwd) => new Promise((resolvePromise, reject) => {
  execFile(
    "git",
    [...args],
    {
      cwd,
      encoding: "buffer",
      // A blob over the audit's size limit is never read (materialize-tree.ts writes it sparse).
      maxBuffer: GIT_OUTPUT_BYTES,
      timeout: GIT_TIMEOUT_MS,
      env: gitEnvironment()
    },
    (error3, stdout, stderr) => {
      if (error3) {
        const detail = Buffer.from(stderr ?? "").toString("utf8").trim();
        reject(
          new Error(
            `git ${args[0]} failed: ${detail || error3.message}`.slice(
              0,
              2e3
            )
          )
        );
      } else resolvePromise(stdout);
    }
  );
});
async function resolveCommit(repoDir, ref, git = runGit, extraRefspecs = []) {
  if (ref.startsWith("-"))
    throw new Error(`refusing a ref that starts with "-": ${ref}`);
  const local = await revParse(repoDir, ref, git);
  if (local) return { commit: local, fetched: false };
  const errors = [];
  for (const refspec of [ref, ...extraRefspecs]) {
    try {
      await git(
        [
          "fetch",
          "--no-tags",
          "--no-recurse-submodules",
          "--depth=1",
          "origin",
          refspec
        ],
        repoDir
      );
      const fetched = await revParse(repoDir, ref, git) ?? await revParse(repoDir, "FETCH_HEAD", git);
      if (fetched) return { commit: fetched, fetched: true };
    } catch (error3) {
      errors.push(error3.message);
    }
  }
  throw new Error(
    `commit ${ref} is not in the checkout and could not be fetched: ${errors.join("; ")}`
  );
}
async function revParse(repoDir, ref, git) {
  try {
    const out = await git(
      [
        "rev-parse",
        "--verify",
        "--quiet",
        "--end-of-options",
        `${ref}^{commit}`
      ],
      repoDir
    );
    const sha = out.toString("utf8").trim();
    return /^[0-9a-f]{40,64}$/.test(sha) ? sha : null;
  } catch {
    return null;
  }
}
async function headCommit(repoDir, git = runGit) {
  return revParse(repoDir, "HEAD", git);
}
async function listTree(repoDir, commit, prefix, git = runGit) {
  const args = ["ls-tree", "-r", "-z", "--long", "--full-tree", commit];
  if (prefix !== ".") args.push("--", `${prefix}/`);
  const out = (await git(args, repoDir)).toString("utf8");
  const entries = [];
  for (const record2 of out.split("\0")) {
    const match = /^(\d+) (\w+) ([0-9a-f]+) +(-|\d+)\t(.*)$/s.exec(record2);
    if (match?.[2] !== "blob") continue;
    const full = match[5];
    const path = prefix === "." ? full : full.slice(prefix.length + 1);
    entries.push({
      path,
      oid: match[3],
      size: match[4] === "-" ? 0 : Number(match[4]),
      // A link is kept: dropping it would hide a dependency file a pull request turned into a link.
      ...match[1] === "120000" ? { symlink: true } : {}
    });
  }
  return entries;
}
async function materializeFromGit(repoDir, commit, prefix, destDir, git = runGit) {
  const entries = await listTree(repoDir, commit, prefix, git);
  const blobs = git === runGit ? openBlobReader(repoDir) : null;
  const oids = /* @__PURE__ */ new Map();
  for (const entry of entries)
    if (entry.oid !== void 0 && !oids.has(entry.path))
      oids.set(entry.path, entry.oid);
  try {
    return await materializeEntries(entries, destDir, 8, (entry) => {
      const full = prefix === "." ? entry.path : `${prefix}/${entry.path}`;
      const oid = oids.get(entry.path);
      if (blobs !== null && oid !== void 0)
        return blobs.read(oid).catch((error3) => {
          throw new Error(
            `${full} at ${commit.slice(0, 12)}: ${error3.message}`
          );
        });
      return git(["cat-file", "blob", `${commit}:${full}`], repoDir);
    });
  } finally {
    blobs?.close();
  }
}

// src/rollout/canary-history.ts
import { tmpdir as tmpdir2 } from "node:os";
import { join as join12 } from "node:path";

// src/knowledge/mcp-stack-links.ts
var MCP_STACK_LINKS = /* @__PURE__ */ new Map([
  [
    // Repository and Issues only; tags v1.0.0 ... (one stray `1.15.0` beside `v1.15.0`).
    "mcp",
    {
      changelog: null,
      repository: "https://github.com/modelcontextprotocol/python-sdk",
      tags: { prefix: "v", since: "1.0.0" }
    }
  ],
  [
    "httpx",
    {
      changelog: "https://github.com/encode/httpx/blob/master/CHANGELOG.md",
      repository: "https://github.com/encode/httpx",
      tags: { prefix: "", since: "0.0.1" }
    }
  ],
  [
    // The metadata names only a Homepage, which is the repository; tags 0.1.0 ... 0.4.3.
    "httpx-sse",
    {
      changelog: null,
      repository: "https://github.com/florimondmanca/httpx-sse",
      tags: { prefix: "", since: "0.1.0" }
    }
  ],
  [
    "anyio",
    {
      changelog: "https://anyio.readthedocs.io/en/stable/versionhistory.html",
      repository: "https://github.com/agronholm/anyio",
      tags: { prefix: "", since: "1.0.0" }
    }
  ],
  [
    "pydantic",
    {
      changelog: "https://pydantic.dev/docs/validation/latest/get-started/changelog/",
      repository: "https://github.com/pydantic/pydantic",
      tags: { prefix: "v", since: "1.0.0" }
    }
  ],
  [
    "starlette",
    {
      changelog: "https://www.starlette.io/release-notes/",
      repository: "https://github.com/encode/starlette",
      tags: { prefix: "", since: "0.1.0" }
    }
  ],
  [
    // Tags without a prefix up to 1.1.6, `v1.2.1` on.
    "sse-starlette",
    {
      changelog: null,
      repository: "https://github.com/sysid/sse-starlette",
      tags: { prefix: "v", since: "1.2.1" }
    }
  ],
  [
    "uvicorn",
    {
      changelog: "https://www.uvicorn.org/release-notes",
      repository: "https://github.com/encode/uvicorn",
      tags: { prefix: "", since: "0.0.1" }
    }
  ]
]);

// src/report/upgrade-links.ts
function linkUpgrade(row2, metadata) {
  const shipped = MCP_STACK_LINKS.get(row2.package);
  const known = shipped !== void 0 && (metadata?.source === void 0 || githubRepository(metadata.source) === shipped.repository.toLowerCase()) ? shipped : void 0;
  const changelog = metadata?.changelog ?? known?.changelog ?? null;
  const compare = known ? compareUrl(row2, known) : null;
  return {
    ...changelog === null ? {} : { changelogUrl: changelog },
    ...compare === null ? {} : { compareUrl: compare }
  };
}
function compareUrl(row2, known) {
  if (row2.change !== "upgraded" && row2.change !== "downgraded") return null;
  const from = taggedVersion(row2.from, known);
  const to = taggedVersion(row2.to, known);
  if (from === null || to === null) return null;
  const [older, newer] = row2.change === "upgraded" ? [from, to] : [to, from];
  const { prefix } = known.tags;
  return `${known.repository}/compare/${prefix}${older}...${prefix}${newer}`;
}
function taggedVersion(text3, known) {
  if (text3 === null || !/^\d+\.\d+\.\d+$/.test(text3)) return null;
  const version3 = parseVersion(text3);
  const since = parseVersion(known.tags.since);
  if (version3 === null || since === null) return null;
  return compareVersions(version3, since) >= 0 ? text3 : null;
}
function githubRepository(url2) {
  const match = /^https?:\/\/(?:www\.)?github\.com\/([^/?#]+)\/([^/?#]+)/i.exec(
    url2
  );
  if (!match) return null;
  const repo = match[2].replace(/\.git$/i, "");
  return `https://github.com/${match[1]}/${repo}`.toLowerCase();
}

// src/report/upgrade-diff.ts
var PYPI = "https://pypi.org";
function diffUpgrades(base, head, options = {}) {
  const before = collectVersions(base);
  const after = collectVersions(head);
  const rows = [];
  for (const key of /* @__PURE__ */ new Set([...before.keys(), ...after.keys()])) {
    const from = before.get(key);
    const to = after.get(key);
    const row2 = compareSets(from, to, options);
    if (row2)
      rows.push({
        ...row2,
        ...linkUpgrade(row2, options.links?.get(row2.package))
      });
  }
  return rows.sort(
    (a, b) => compareStrings2(a.project, b.project) || compareStrings2(a.package, b.package) || compareStrings2(a.file, b.file)
  );
}
function collectVersions(projects) {
  const sets = /* @__PURE__ */ new Map();
  const add = (project, entry, kind, version3, index) => {
    const key = `${project}\0${entry.file}\0${entry.name}`;
    const set = sets.get(key) ?? {
      project,
      package: entry.name,
      file: entry.file,
      kind,
      versions: [],
      index
    };
    if (!set.versions.some((v) => sameVersion(v, version3)))
      set.versions.push(version3);
    sets.set(key, set);
  };
  for (const project of projects) {
    for (const r of project.requirements) {
      const pinned = exactPin(r);
      if (pinned) add(project.path, r, "pinned", pinned, null);
    }
    for (const l of project.locked) {
      if (l.version === null || l.source !== "registry") continue;
      add(project.path, l, "locked", l.version, l.sourceUrl);
    }
  }
  for (const set of sets.values()) set.versions.sort(compareLoosely);
  return sets;
}
function exactPin(r) {
  if (r.url !== null) return null;
  const match = /^===?([^,*<>=!~]+)$/.exec(r.specifier);
  return match ? match[1] : null;
}
function compareSets(from, to, options) {
  const any = to ?? from;
  const base = {
    project: any.project,
    package: any.package,
    file: any.file,
    kind: any.kind
  };
  if (!from || !to) {
    const side2 = to ?? from;
    const shown = side2.versions.at(-1);
    return {
      ...base,
      change: to ? "added" : "removed",
      from: from ? from.versions.join(", ") : null,
      to: to ? to.versions.join(", ") : null,
      updateType: null,
      url: releaseUrl(side2.package, shown, side2.index, options)
    };
  }
  if (from.versions.length === to.versions.length && from.versions.every((v, i) => sameVersion(v, to.versions[i])))
    return null;
  const oldTop = from.versions.at(-1);
  const newTop = to.versions.at(-1);
  const order = compareLoosely(oldTop, newTop);
  const type = parseVersion(oldTop) && parseVersion(newTop) ? updateType(oldTop, newTop) : null;
  return {
    ...base,
    change: order < 0 ? "upgraded" : order > 0 ? "downgraded" : "changed",
    from: from.versions.join(", "),
    to: to.versions.join(", "),
    updateType: type === "none" ? null : type,
    url: releaseUrl(to.package, newTop, to.index, options)
  };
}
function sameVersion(a, b) {
  return compareLoosely(a, b) === 0;
}
function compareLoosely(a, b) {
  const va = parseVersion(a);
  const vb = parseVersion(b);
  if (va && vb) return compareVersions(va, vb);
  return compareStrings2(a, b);
}
function releaseUrl(name2, version3, entryIndex, options) {
  const origin = pypiLikeOrigin(entryIndex ?? options.indexUrl ?? PYPI);
  if (origin === null) return null;
  if (!/^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$/.test(name2)) return null;
  if (!/^[A-Za-z0-9.!+_-]+$/.test(version3)) return null;
  return `${origin}/project/${name2}/${encodeURIComponent(version3)}/`;
}
function pypiLikeOrigin(indexUrl) {
  let url2;
  try {
    url2 = new URL(indexUrl);
  } catch {
    return null;
  }
  const host = url2.hostname.toLowerCase();
  if (host === "pypi.org" || host === "pypi.python.org" || host === "files.pythonhosted.org")
    return PYPI;
  if (host === "test.pypi.org") return "https://test.pypi.org";
  return null;
}
function compareStrings2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/rollout/rollout-moves.ts
function isCanary(project, globs) {
  return globs.some((glob) => matchesGlob(project, glob));
}
function listCanaries(projects, globs) {
  return projects.filter((p) => isCanary(p.path, globs));
}
function listRunVersions(project, name2) {
  const locked = project.locked.filter(
    (l) => l.name === name2 && l.version !== null && l.source === "registry"
  );
  const pinned = project.requirements.flatMap((r) => {
    const version3 = r.name === name2 ? exactPin(r) : null;
    return version3 === null ? [] : [{ version: version3, file: r.file, line: r.line }];
  });
  if (locked.length === 0) return pinned;
  const lockedSources = locked.map((l) => ({
    version: l.version,
    file: l.file,
    line: l.line
  }));
  return [
    ...pinned.filter(
      (p) => lockedSources.some((l) => sameVersion2(l.version, p.version))
    ),
    ...lockedSources
  ];
}
function runsVersion(project, name2, version3) {
  return listRunVersions(project, name2).some(
    (s) => sameVersion2(s.version, version3)
  );
}
function sameVersion2(a, b) {
  const va = parseVersion(a);
  const vb = parseVersion(b);
  return va !== null && vb !== null ? compareVersions(va, vb) === 0 : a === b;
}
function listRolloutMoves(canaryGlobs, base, head) {
  const canaries = listCanaries(base, canaryGlobs);
  const moves = [];
  for (const project of head) {
    if (isCanary(project.path, canaryGlobs)) continue;
    const before = base.find((p) => p.path === project.path);
    if (before === void 0) continue;
    const names = /* @__PURE__ */ new Set([
      ...project.locked.map((l) => l.name),
      ...project.requirements.map((r) => r.name)
    ]);
    for (const name2 of [...names].sort()) {
      const was = listRunVersions(before, name2);
      if (was.length === 0) continue;
      const running = canaries.filter(
        (c) => listRunVersions(c, name2).length > 0
      );
      if (running.length === 0) continue;
      const seen = /* @__PURE__ */ new Set();
      for (const source of listRunVersions(project, name2)) {
        if (was.some((w) => sameVersion2(w.version, source.version))) continue;
        if (seen.has(source.version)) continue;
        seen.add(source.version);
        moves.push({
          project: project.path,
          package: name2,
          version: source.version,
          file: source.file,
          line: source.line,
          canaries: running
        });
      }
    }
  }
  return moves;
}
function listCanaryPaths(canary) {
  return [
    .../* @__PURE__ */ new Set([
      ...canary.files.map((f) => f.path),
      ...canary.requirements.map((r) => r.file),
      ...canary.locked.map((l) => l.file)
    ])
  ].sort();
}

// src/rollout/canary-history.ts
var MAX_COMMITS = 200;
var DEEPEN_ROUNDS = 3;
var CanaryHistory = class {
  constructor(options) {
    this.options = options;
  }
  options;
  projectsAt = /* @__PURE__ */ new Map();
  deepenings = 0;
  /** Since when `canary` (a project of the base commit) runs `version` of `name`, on first-parent history. */
  async adoption(canary, paths, name2, version3) {
    const commits = await this.listCommits(paths);
    if (commits === null)
      return { kind: "unknown", reason: "git history could not be read" };
    let oldest = null;
    for (const commit of commits) {
      const projects = await this.projects(commit.sha);
      if (projects === null)
        return {
          kind: "unknown",
          reason: `commit ${commit.sha.slice(0, 7)} could not be read`
        };
      const project = projects.find((p) => p.path === canary.path);
      if (project === void 0 || !runsVersion(project, name2, version3)) break;
      oldest = commit;
      if (commit.date <= this.options.horizon) break;
    }
    if (oldest === null) return { kind: "not-running" };
    const last = oldest === commits.at(-1);
    const cut = last && await this.isShallow() && oldest.date > this.options.horizon;
    if (cut) {
      if (await this.deepen())
        return this.adoption(canary, paths, name2, version3);
      return {
        kind: "unknown",
        reason: `the clone's history ends at ${oldest.sha.slice(0, 7)} and could not be deepened`
      };
    }
    return {
      kind: "since",
      date: oldest.date,
      commit: oldest.sha,
      before: last && oldest.date <= this.options.horizon
    };
  }
  git(args) {
    const git = this.options.git ?? runGit;
    return git(args, this.options.checkout.repoDir).then(
      (b) => b.toString("utf8")
    );
  }
  /** First-parent commits of the base that changed any of `paths`, newest first; null when git fails. */
  async listCommits(paths) {
    const prefix = this.options.checkout.prefix;
    const full = paths.map((p) => prefix === "." ? p : `${prefix}/${p}`);
    try {
      const out = await this.git([
        "log",
        "--first-parent",
        `--max-count=${MAX_COMMITS}`,
        "--format=%H %cI",
        this.options.commit,
        "--",
        ...full
      ]);
      return out.split("\n").filter((line) => line.trim() !== "").map((line) => {
        const [sha, date4] = line.split(" ");
        return { sha, date: new Date(date4) };
      });
    } catch {
      return null;
    }
  }
  projects(commit) {
    let cached2 = this.projectsAt.get(commit);
    if (cached2 === void 0) {
      cached2 = this.readProjects(commit).catch(() => null);
      this.projectsAt.set(commit, cached2);
    }
    return cached2;
  }
  async readProjects(commit) {
    const dest = await mkdtemp(join12(tmpdir2(), "pin-audit-history-"));
    try {
      await materializeFromGit(
        this.options.checkout.repoDir,
        commit,
        this.options.checkout.prefix,
        dest,
        this.options.git
      );
      const report3 = await auditRepository({
        root: dest,
        offline: true,
        parseWorkers: false
      });
      return report3.projects;
    } finally {
      await rm(dest, { recursive: true, force: true });
    }
  }
  async isShallow() {
    try {
      return (await this.git(["rev-parse", "--is-shallow-repository"])).trim() === "true";
    } catch {
      return false;
    }
  }
  /**
   * Fetches more of the base's history: first back to a day before the horizon (`--shallow-since`), then, when
   * the cut still falls on the commit that adopted the version, its parents (`--deepen`). False when the fetch
   * fails or the rounds are spent.
   */
  async deepen() {
    if (this.deepenings >= DEEPEN_ROUNDS) return false;
    const since = new Date(this.options.horizon.getTime() - 864e5);
    const how = this.deepenings === 0 ? `--shallow-since=${since.toISOString().slice(0, 19)}Z` : "--deepen=50";
    this.deepenings++;
    try {
      await this.git([
        "fetch",
        "--no-tags",
        "--no-recurse-submodules",
        how,
        "origin",
        this.options.commit
      ]);
      return true;
    } catch {
      return false;
    }
  }
};

// src/rollout/check-soak.ts
async function checkSoak(input) {
  const { rollout, rules } = input.policy;
  if (rollout.canary.length === 0 || rules.soak === "off") return [];
  const severity = rules.soak;
  const findings = [];
  for (const move of listRolloutMoves(rollout.canary, input.base, input.head)) {
    const answers2 = [];
    for (const canary of move.canaries)
      answers2.push({
        canary,
        adoption: await input.adoption(
          canary,
          listCanaryPaths(canary),
          move.package,
          move.version
        )
      });
    const finding = judgeMove(move, answers2, input, severity);
    if (finding !== null) findings.push(finding);
  }
  return findings;
}
function judgeMove(move, answers2, input, severity) {
  const soak = input.policy.rollout.soak;
  const since = answers2.flatMap(
    (a) => a.adoption.kind === "since" ? [{ ...a, adoption: a.adoption }] : []
  ).sort((a, b) => a.adoption.date.getTime() - b.adoption.date.getTime());
  const earliest = since[0];
  if (earliest !== void 0 && earliest.adoption.date.getTime() + soak <= input.now.getTime())
    return null;
  const base = {
    rule: "soak",
    project: move.project,
    package: move.package,
    file: move.file,
    line: move.line,
    key: `soak\0${move.project}\0${move.package}\0${move.version}`
  };
  const what = `\`${move.package}\` moves to ${move.version} in ${move.project}`;
  const setting = `[rollout] soak = ${JSON.stringify(input.policy.rollout.soakText)}`;
  if (earliest !== void 0) {
    const { canary: canary2, adoption } = earliest;
    const ends = new Date(adoption.date.getTime() + soak);
    return {
      ...base,
      severity,
      message: `${what}, but the canary ${canary2.path} has run it only since ${formatDate(adoption.date)} (commit ${adoption.commit.slice(0, 7)} on ${input.baseName}): the soak (${setting}) ends ${formatDate(ends)}. Move the other projects after that.`
    };
  }
  const unknown2 = answers2.find((a) => a.adoption.kind === "unknown");
  if (unknown2 !== void 0 && unknown2.adoption.kind === "unknown")
    return {
      ...base,
      severity: "notice",
      message: `${what}; pin-audit could not tell since when the canary ${unknown2.canary.path} runs it on ${input.baseName} (${unknown2.adoption.reason}), so the soak (${setting}) was not checked.`
    };
  const canary = answers2[0]?.canary;
  const runs = canary === void 0 ? [] : listRunVersions(canary, move.package).map((s) => s.version);
  return {
    ...base,
    severity,
    message: `${what}, but the canary ${canary?.path ?? "(none)"} does not run ${move.version} on ${input.baseName}${runs.length > 0 ? ` (it runs ${[...new Set(runs)].join(", ")})` : ""}: move the canary first and let it soak (${setting}).`
  };
}
function formatDate(date4) {
  return `${date4.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

// src/compare/add-soak-findings.ts
function checkoutOf(workspace, path) {
  const prefix = posix14.normalize(path.replaceAll("\\", "/")).replace(/\/$/, "");
  return { repoDir: workspace, prefix: prefix === "" ? "." : prefix };
}
async function addSoakFindings(head, base, context) {
  const { policy } = await loadPolicy(context.root, context.policyPath);
  if (policy.rollout.canary.length === 0 || policy.rules.soak === "off")
    return head;
  const commit = context.baseCommit ?? await resolveCommit(context.checkout.repoDir, context.baseRef).then((r) => r.commit).catch(() => null);
  const history = commit === null ? null : new CanaryHistory({
    checkout: context.checkout,
    commit,
    horizon: new Date(context.now.getTime() - policy.rollout.soak)
  });
  const checked = await checkSoak({
    policy,
    base: base.projects,
    head: head.projects,
    // A commit id is shortened the way git shows it; a branch name is kept.
    baseName: /^[0-9a-f]{40,64}$/.test(context.baseRef) ? context.baseRef.slice(0, 12) : context.baseRef,
    now: context.now,
    adoption: async (canary, paths, name2, version3) => history === null ? {
      kind: "unknown",
      reason: "the base commit is not in the git checkout"
    } : history.adoption(canary, paths, name2, version3)
  });
  const soak = waiveSoakFindings(checked, policy, context.now);
  if (soak.length === 0) return head;
  return {
    ...head,
    ...buildReport(
      head.root,
      head.policy,
      head.projects,
      [...head.findings, ...soak].sort(compareFindings),
      head.summary.files
    )
  };
}

// src/github/contents-api.ts
async function materializeFromApi(client, owner, repo, commit, prefix, destDir) {
  const tree = await client.request(
    "GET /repos/{owner}/{repo}/git/trees/{tree_sha}",
    { owner, repo, tree_sha: commit, recursive: "1" }
  );
  const data = tree.data;
  if (data.truncated)
    throw new Error(
      `the tree of ${commit} is too large for the REST API (truncated listing)`
    );
  const entries = [];
  const blobShas = /* @__PURE__ */ new Map();
  for (const item2 of data.tree ?? []) {
    if (item2.type !== "blob" || typeof item2.path !== "string") continue;
    if (prefix !== "." && !item2.path.startsWith(`${prefix}/`)) continue;
    const path = prefix === "." ? item2.path : item2.path.slice(prefix.length + 1);
    entries.push({
      path,
      size: typeof item2.size === "number" ? item2.size : 0,
      // A link is kept and followed (materializeEntries): dropping it would hide the file it stands for.
      ...item2.mode === "120000" ? { symlink: true } : {}
    });
    if (typeof item2.sha === "string") blobShas.set(path, item2.sha);
  }
  const readBlob = async (file) => {
    const full = prefix === "." ? file.path : `${prefix}/${file.path}`;
    const blobSha = blobShas.get(file.path);
    let content = {};
    if (!file.symlink || !blobSha) {
      const response = await client.request(
        "GET /repos/{owner}/{repo}/contents/{path}",
        { owner, repo, path: full, ref: commit }
      );
      content = response.data;
    }
    if (content.encoding !== "base64" && blobSha) {
      const blob = await client.request(
        "GET /repos/{owner}/{repo}/git/blobs/{file_sha}",
        { owner, repo, file_sha: blobSha }
      );
      content = blob.data;
    }
    if (content.encoding !== "base64" || typeof content.content !== "string")
      throw new Error(`the REST API returned no content for ${full}`);
    return Buffer.from(content.content, "base64");
  };
  return materializeEntries(entries, destDir, 4, readBlob);
}

// src/github/policy-from.ts
import { mkdir as mkdir4, readFile as readFile2, writeFile as writeFile5 } from "node:fs/promises";
import { join as join13 } from "node:path";
function resolvePolicyFrom(input, eventName) {
  return input ?? (eventName === "pull_request" || eventName === "pull_request_target" ? "base" : "head");
}
var POLICY_FILES = ["pin-audit.toml", "pyproject.toml"];
function policyOptions(ctx, inputs, workspaceRoot, workDir) {
  return {
    policyFrom: resolvePolicyFrom(inputs.policyFrom, ctx.eventName),
    workspace: ctx.workspace,
    path: inputs.path,
    policyInput: inputs.policy,
    baseSha: ctx.baseSha,
    workspaceRoot,
    workDir
  };
}
async function basePolicyPath(options) {
  const { baseSha } = options;
  if (options.policyFrom === "head" || baseSha === null)
    return options.policyInput;
  const commit = await resolveBase(options.workspace, baseSha);
  const head = await runGit(["rev-parse", "HEAD"], options.workspace).catch(
    () => Buffer.from("")
  );
  if (head.toString("utf8").trim() === commit) return options.policyInput;
  const dir = join13(options.workDir, "base-policy");
  await mkdir4(dir, { recursive: true });
  const names = options.policyInput ? [options.policyInput] : POLICY_FILES;
  await copyBasePolicyFiles(options, commit, names, dir);
  await noticeChanges(names, options.workspaceRoot, dir);
  if (options.policyInput) return join13(dir, options.policyInput);
  const loaded = await loadPolicy(dir);
  if (loaded.source.file !== null) return join13(dir, loaded.source.file);
  await writeFile5(join13(dir, "pin-audit.toml"), "");
  return join13(dir, "pin-audit.toml");
}
var BASE_HELP = "the pull request is judged by the base commit's policy (policy-from: base), so pin-audit fails rather than judge it by a policy the pull request may have written. Give the job `contents: read` and a checkout that can fetch the base (actions/checkout with fetch-depth: 0), or set policy-from: head to judge it by the checked-out policy";
async function resolveBase(workspace, baseSha) {
  try {
    return (await resolveCommit(workspace, baseSha)).commit;
  } catch (error3) {
    throw new ConfigurationError(
      `pin-audit cannot read the base commit ${baseSha}: ${stripControls(error3.message)}. ${BASE_HELP}.`
    );
  }
}
async function copyBasePolicyFiles(options, commit, names, dir) {
  const fullOf = (name2) => options.path === "." ? name2 : `${options.path}/${name2}`;
  try {
    const listed = await runGit(
      [
        "ls-tree",
        "-z",
        "--full-tree",
        "--name-only",
        commit,
        "--",
        ...names.map(fullOf)
      ],
      options.workspace
    );
    const present = new Set(listed.toString("utf8").split("\0"));
    for (const name2 of names) {
      if (!present.has(fullOf(name2))) continue;
      const bytes = await runGit(
        ["cat-file", "blob", `${commit}:${fullOf(name2)}`],
        options.workspace
      );
      await mkdir4(join13(dir, name2, ".."), { recursive: true });
      await writeFile5(join13(dir, name2), bytes);
    }
  } catch (error3) {
    throw new ConfigurationError(
      `pin-audit cannot read the policy of the base commit ${commit}: ${stripControls(error3.message)}. ${BASE_HELP}.`
    );
  }
}
async function noticeChanges(names, headRoot, baseDir) {
  for (const name2 of names) {
    const [base, head] = await Promise.all([
      readFile2(join13(baseDir, name2), "utf8").catch(() => null),
      readFile2(join13(headRoot, name2), "utf8").catch(() => null)
    ]);
    if (base === head) continue;
    if (name2 === "pyproject.toml" && !mentionsPolicy(base) && !mentionsPolicy(head))
      continue;
    notice(
      stripControls(
        `This pull request changes the pin-audit policy in ${name2}; it is judged by the base branch's policy, and the new one applies after merge.
${describeChange(base, head)}`
      ),
      { title: "pin-audit: policy changed" }
    );
  }
}
var mentionsPolicy = (text3) => text3?.includes("tool.pin-audit") === true;
function describeChange(base, head) {
  const before = base === null ? [] : base.split("\n");
  const after = head === null ? [] : head.split("\n");
  const beforeSet = new Set(before);
  const afterSet = new Set(after);
  const removed = before.filter((l) => !afterSet.has(l)).map((l) => `- ${l}`);
  const added = after.filter((l) => !beforeSet.has(l)).map((l) => `+ ${l}`);
  const lines = [...removed, ...added];
  const shown = lines.slice(0, 20).map((l) => l.slice(0, 200));
  if (lines.length > shown.length)
    shown.push(`(${lines.length - shown.length} more lines)`);
  if (base === null) shown.unshift("(the base has no such file)");
  if (head === null) shown.unshift("(the pull request removes it)");
  return shown.join("\n");
}

// src/github/audit-sides.ts
async function auditSides(run, root, auditOptions) {
  const policy = await basePolicyPath(
    policyOptions(run.ctx, run.inputs, root, run.workDir)
  );
  const reader = await createSideReader(run, root, auditOptions, policy);
  let head = await readHead2(reader);
  let base = await readBase(reader);
  info(`Audited ${head.source}${base ? ` against ${base.source}` : ""}.`);
  head = await addSoak(reader, head, base);
  if (policy !== void 0 && policy !== run.inputs.policy) {
    const scratch = `${join14(run.workDir, "base-policy")}/`;
    head = { ...head, report: relabelPolicy(head.report, scratch) };
    if (base) base = { ...base, report: relabelPolicy(base.report, scratch) };
  }
  return { head, base, sideOptions: reader.sideOptions };
}
async function createSideReader(run, root, auditOptions, policy) {
  const { ctx, inputs } = run;
  const workspaceReport = await auditRepository({
    root,
    ...policy ? { policyPath: policy } : {},
    ...auditOptions
  });
  return {
    run,
    workspaceReport,
    root,
    policyPath: await policyFileOf(workspaceReport, root, run.workDir),
    workspaceCommit: await headCommit(ctx.workspace),
    // Under pull_request_target the runner must not fetch from a host the pull request names (a head-side
    // [[tool.uv.index]], --index-url or lock source URL): the index of both sides is fixed from trusted
    // configuration alone, so nothing the PR writes decides where the runner sends a request.
    sideOptions: ctx.eventName === "pull_request_target" ? await pinIndex(auditOptions, inputs, root, workspaceReport) : auditOptions
  };
}
async function readHead2(reader) {
  const { ctx, inputs, mask } = reader.run;
  const headRef = inputs.headRef ?? (ctx.eventName === "pull_request_target" ? ctx.headSha : null);
  if (!headRef)
    return {
      report: reader.workspaceReport,
      source: "the checkout",
      dir: reader.root,
      // On pull_request the checkout is GitHub's merge commit; links point at the pull request's head instead.
      commit: ctx.pullRequest?.headSha ?? ctx.headSha ?? reader.workspaceCommit
    };
  const prRefspecs = ctx.pullRequest ? [`refs/pull/${ctx.pullRequest.number}/head`] : [];
  try {
    return await readSide(reader, headRef, "head", prRefspecs);
  } catch (error3) {
    throw new ConfigurationError(
      mask(
        `pin-audit cannot read the commit under review ${headRef}: ${describeApiError(error3)}`
      )
    );
  }
}
async function readBase(reader) {
  const { ctx, inputs, warn } = reader.run;
  const baseRef = inputs.baseRef ?? ctx.baseSha;
  if (!baseRef) return null;
  try {
    return await readSide(reader, baseRef, "base", []);
  } catch (error3) {
    warn(
      `pin-audit could not read the base ${baseRef} (${describeApiError(error3)}): every finding counts as new and no dependency changes are shown.`
    );
    return null;
  }
}
async function addSoak(reader, head, base) {
  const { ctx, inputs } = reader.run;
  const baseRef = inputs.baseRef ?? ctx.baseSha;
  if (!base || !baseRef) return head;
  return {
    ...head,
    report: await addSoakFindings(head.report, base.report, {
      root: reader.root,
      policyPath: reader.policyPath,
      checkout: checkoutOf(ctx.workspace, inputs.path),
      baseRef,
      now: /* @__PURE__ */ new Date()
    })
  };
}
function relabelPolicy(report3, scratch) {
  const strip = (text3) => text3.split(scratch).join("");
  const file = report3.policy.file === null ? null : strip(report3.policy.file);
  return {
    ...report3,
    policy: {
      ...report3.policy,
      file,
      description: `${strip(report3.policy.description)}, from the base commit`
    }
  };
}
async function readSide(reader, ref, name2, extraRefspecs) {
  const { ctx, inputs, mask, workDir } = reader.run;
  const dest = join14(workDir, name2);
  await mkdir5(dest);
  let commit = ref;
  let via;
  let materialized;
  try {
    const resolved = await resolveCommit(
      ctx.workspace,
      ref,
      void 0,
      extraRefspecs
    );
    commit = resolved.commit;
    if (commit === reader.workspaceCommit)
      return {
        report: reader.workspaceReport,
        source: `${name2} ${commit} (the checkout)`,
        dir: reader.root,
        commit
      };
    materialized = await materializeFromGit(
      ctx.workspace,
      commit,
      inputs.path,
      dest
    );
    via = resolved.fetched ? "git, fetched" : "git";
  } catch (gitError) {
    info(
      mask(
        `Reading the ${name2} with git failed (${stripControls(describeApiError(gitError))}); trying the REST API.`
      )
    );
    await rm4(dest, { recursive: true, force: true });
    await mkdir5(dest);
    materialized = await materializeFromApi(
      await reader.run.getClient(),
      ctx.owner,
      ctx.repo,
      ref,
      inputs.path,
      dest
    );
    via = "REST API";
  }
  const report3 = await auditRepository({
    root: dest,
    policyPath: reader.policyPath,
    ...reader.sideOptions
  });
  return {
    report: withTreeWarnings(
      {
        ...report3,
        root: reader.workspaceReport.root,
        policy: reader.workspaceReport.policy
      },
      materialized.warnings
    ),
    source: `${name2} ${commit} (${via})`,
    dir: dest,
    commit: /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit) ? commit : null
  };
}
async function removeSideTrees(workDir) {
  await rm4(join14(workDir, "base"), { recursive: true, force: true });
  await rm4(join14(workDir, "head"), { recursive: true, force: true });
}
async function policyFileOf(report3, root, workDir) {
  const { source, file } = report3.policy;
  if (source !== "default" && file !== null) return resolve3(root, file);
  const empty = join14(workDir, "default-policy.toml");
  await writeFile6(empty, "");
  return empty;
}
function withTreeWarnings(report3, warnings) {
  if (warnings.length === 0) return report3;
  const findings = [
    ...report3.findings,
    ...warnings.map(
      (w) => ({
        rule: w.rule ?? "discovery",
        severity: w.rule === "unauditable" ? "error" : "warning",
        project: null,
        package: null,
        file: w.path,
        line: null,
        message: w.message
      })
    )
  ].sort(compareFindings);
  return {
    ...buildReport(
      report3.root,
      report3.policy,
      report3.projects,
      findings,
      report3.summary.files
    ),
    ...report3.checks === void 0 ? {} : { checks: report3.checks },
    ...report3.packageLinks && { packageLinks: report3.packageLinks }
  };
}

// src/report/compare-reports.ts
function findingIdentity(f) {
  if (f.key !== void 0) return `key\0${f.key}`;
  return [
    f.rule,
    f.project ?? "",
    f.package ?? "",
    f.file ?? "",
    withoutLineNumbers(f.message)
  ].join("\0");
}
function withoutLineNumbers(message) {
  return message.replace(/(\.(?:txt|in|toml|lock|cfg)):\d+(?::\d+)?/gi, "$1:N").replace(/\b(lines?) \d+(?:(?:, | and | to |-)\d+)*/gi, "$1 N");
}
function compareReports(base, head) {
  if (base === null) {
    return {
      statuses: head.map(() => "new"),
      newCount: head.length,
      existingCount: 0,
      fixed: [],
      compared: false
    };
  }
  const remaining = /* @__PURE__ */ new Map();
  for (const f of base) {
    const id = findingIdentity(f);
    remaining.set(id, [...remaining.get(id) ?? [], f]);
  }
  const statuses = head.map((f) => {
    const left = remaining.get(findingIdentity(f));
    if (left && left.length > 0) {
      left.shift();
      return "existing";
    }
    return "new";
  });
  const newCount = statuses.filter((s) => s === "new").length;
  return {
    statuses,
    newCount,
    existingCount: head.length - newCount,
    fixed: [...remaining.values()].flat(),
    compared: true
  };
}

// src/report/count-findings.ts
function countFindingsBy(findings, keyOf2) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = keyOf2(f);
    const list = groups.get(key);
    if (list === void 0) groups.set(key, [f]);
    else list.push(f);
  }
  const weight = (list) => [
    list.filter((f) => f.severity === "error").length,
    list.filter((f) => f.severity === "warning").length,
    list.length
  ];
  return [...groups].map(([key, list]) => ({ key, list, w: weight(list) })).sort(
    (a, b) => b.w[0] - a.w[0] || b.w[1] - a.w[1] || b.w[2] - a.w[2] || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  ).map(({ key, list }) => `${key} ${describeCounts(list)}`);
}
var PROJECTS_NAMED = 10;
function describeProjectCounts(report3) {
  const counts = countFindingsBy(
    report3.findings,
    (f) => f.project ?? "repository"
  );
  if (counts.length < 2 && report3.summary.projects < 2) return [];
  const affected = new Set(
    report3.findings.flatMap((f) => f.project === null ? [] : [f.project])
  ).size;
  const shown = counts.slice(0, PROJECTS_NAMED);
  const more = counts.length > shown.length ? [`and ${counts.length - shown.length} more`] : [];
  return [
    `By project (${affected} of ${report3.summary.projects} with findings, worst first): ${[...shown, ...more].join(", ")}.`
  ];
}
function describeCounts(findings) {
  const count2 = (severity) => findings.filter((f) => f.severity === severity).length;
  const parts = [
    [count2("error"), "error"],
    [count2("warning"), "warning"],
    [count2("notice"), "notice"]
  ];
  return parts.filter(([n]) => n > 0).map(([n, word]) => plural(n, word)).join(", ");
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

// src/github/gate.ts
var SEVERITY_RANK = {
  error: 0,
  warning: 1,
  notice: 2
};
function blockingFindings(findings, comparison, failOn, block) {
  if (failOn === "never") return [];
  const threshold = SEVERITY_RANK[failOn];
  return findings.filter(
    (f, i) => SEVERITY_RANK[f.severity] <= threshold && (block === "all" || comparison.statuses[i] === "new")
  );
}
function decideExit(run, outcome) {
  const { blocking, comparison } = outcome;
  if (blocking.length === 0) return;
  setFailed(
    run.mask(
      describeBlocking(
        blocking,
        run.inputs.failOn,
        run.block,
        comparison.compared
      )
    )
  );
}
function describeBlocking(blocking, failOn, block, compared) {
  const what = block === "new" && compared ? "new finding" : "finding";
  const lines = [
    `pin-audit: ${plural(blocking.length, what)} at or above ${failOn} (fail-on: ${failOn}, block: ${block}):`
  ];
  for (const f of blocking.slice(0, 10)) {
    const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ""}: ` : "";
    lines.push(`  ${where}${f.message.split("\n")[0] ?? ""}`);
  }
  if (blocking.length > 10)
    lines.push(`  ... and ${blocking.length - 10} more (see the job summary)`);
  return stripControls(lines.join("\n"));
}

// src/github/compare-sides.ts
function compareSides(run, sides, view) {
  const { inputs, block } = run;
  const { head, base, sideOptions } = sides;
  const report3 = head.report;
  const comparison = compareReports(
    base?.report.findings ?? null,
    report3.findings
  );
  const upgrades = base ? diffUpgrades(base.report.projects, report3.projects, {
    ...sideOptions.indexUrl && { indexUrl: sideOptions.indexUrl },
    ...report3.packageLinks && { links: report3.packageLinks }
  }) : [];
  const blocking = blockingFindings(
    report3.findings,
    comparison,
    inputs.failOn,
    block
  );
  return {
    report: report3,
    comparison,
    upgrades,
    blocking,
    view,
    gate: { blocking: blocking.length, failOn: inputs.failOn, block },
    compared: comparison.compared ? {
      statuses: comparison.statuses,
      fixedCount: comparison.fixed.length,
      upgrades
    } : {}
  };
}

// src/github/describe-failure.ts
function describeFailure(error3) {
  if (error3 instanceof ConfigurationError)
    return stripControls(describeConfigurationError(error3));
  if (error3 instanceof Error)
    return `internal error (please report it): ${stripControls(error3.stack ?? error3.message)}`;
  let text3;
  try {
    text3 = String(error3);
  } catch {
    text3 = "an unprintable value was thrown";
  }
  return `internal error (please report it): ${stripControls(text3)}`;
}

// src/report/markdown-blocks.ts
function fitToLength(maxLength, levels, render, note = "_(report truncated)_") {
  const max = maxLength ?? Number.POSITIVE_INFINITY;
  let last = "";
  for (const level of levels) {
    last = render(level);
    if (last.length <= max) return last;
  }
  const tail = `

${note}
`;
  let kept2 = last.slice(0, Math.max(0, max - tail.length));
  for (; ; ) {
    const lineEnd = kept2.lastIndexOf("\n");
    kept2 = lineEnd > 0 ? kept2.slice(0, lineEnd) : "";
    const closing = "\n\n</details>".repeat(countOpenDetails(kept2));
    if (kept2.length + closing.length + tail.length <= max || kept2 === "") {
      return `${kept2}${closing}${tail}`.slice(0, max);
    }
  }
}
function countOpenDetails(markdown) {
  const opened = markdown.match(/<details[\s>]/g)?.length ?? 0;
  const closed = markdown.match(/<\/details>/g)?.length ?? 0;
  return Math.max(0, opened - closed);
}
function safeUrl(url2) {
  return encodeURI(url2).replace(/%25([0-9A-Fa-f]{2})/g, "%$1").replace(/\(/g, "%28").replace(/\)/g, "%29");
}

// src/report/render-finding.ts
var SEVERITY_ICON = {
  error: "\u{1F534}",
  warning: "\u{1F7E1}",
  notice: "\u{1F535}"
};
var SHORT_REMARK = 80;
function renderFindingItem(view, links) {
  const { finding: f, status, fix } = view;
  const mark = status === "new" ? " **new**" : status === "existing" ? " existing" : "";
  const head = [`${SEVERITY_ICON[f.severity]}${mark}`, codeSpan(f.rule)];
  const where = renderLocation(f, links);
  if (where) head.push(where);
  const { sentence, rest } = splitMessage(f.message, f.suggestion);
  if (f.package && !sentence.includes(`\`${f.package}\``))
    head.push(codeSpan(f.package));
  if (f.also?.length)
    head.push(`also\xA0${f.also.map((id) => codeSpan(id)).join(", ")}`);
  const out = [
    `- ${head.join(" \xB7 ")}\\`,
    `  ${escapeMarkdownWithCode(sentence)}`
  ];
  if (fix) {
    out.push("");
    append(out, indent(diffBlock(fix)));
  } else if (f.suggestion) out.push(`  Fix: ${codeSpan(f.suggestion)}`);
  const more = [...rest];
  if (f.counterexample && !namesVersion(f.message, f.counterexample))
    more.push(
      `A version the requirement lets in that is not allowed: ${codeSpan(f.counterexample)}.`
    );
  if (more.length === 1 && more[0].length <= SHORT_REMARK)
    out.push("", `  ${escapeMarkdownWithCode(more[0])}`);
  else if (more.length > 0) {
    out.push(
      "",
      "  <details><summary>Why, and what else</summary>",
      "",
      ...more.map(
        (text3, i) => `  ${escapeMarkdownWithCode(text3)}${i < more.length - 1 ? "\\" : ""}`
      ),
      "",
      "  </details>"
    );
  }
  out.push("");
  return out;
}
function renderLocation(f, links) {
  if (!f.file) return null;
  const text3 = codeSpan(`${f.file}${f.line ? `:${f.line}` : ""}`);
  const url2 = locationUrl(f.file, f.line, links);
  return url2 ? `[${text3}](${url2})` : text3;
}
function locationUrl(file, line, links) {
  if (!links) return null;
  const path = (links.pathPrefix === "." ? file : `${links.pathPrefix}/${file}`).split("/").filter((segment) => segment !== "" && segment !== ".").map(
    (segment) => encodeURIComponent(segment).replace(
      /[!'()*]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
    )
  ).join("/");
  return `${safeUrl(links.blobBase)}/${path}${line ? `#L${line}` : ""}`;
}
function diffBlock(fix) {
  const before = stripControls(fix.before);
  const after = stripControls(fix.after);
  const fence = fenceFor(`${before}
${after}`);
  return [`${fence}diff`, `-${before}`, `+${after}`, fence];
}
function fenceFor(text3) {
  const longest = Math.max(
    0,
    ...(text3.match(/`+/g) ?? []).map((run) => run.length)
  );
  return "`".repeat(Math.max(3, longest + 1));
}
function indent(lines) {
  return lines.map((line) => line === "" ? "" : `  ${line}`);
}
function splitMessage(message, suggestion) {
  const lines = message.split(/\r?\n/).filter((line) => line.trim() !== "");
  const first = lines[0] ?? "";
  let inCode = false;
  let end = -1;
  for (let i = 0; i < first.length; i++) {
    const c = first[i];
    if (c === "`") inCode = !inCode;
    else if (!inCode && c === "." && /^\s+\S/.test(first.slice(i + 1))) {
      end = i + 1;
      break;
    }
  }
  const sentence = end === -1 ? first : first.slice(0, end);
  const write = suggestion === void 0 ? null : ` Write \`${suggestion}\`.`;
  const after = ` ${first.slice(end).trim()}`;
  const rest = [
    // The fix is shown anyway: the closing "Write ..." is left out wherever it ends the first line.
    ...end === -1 ? [] : [
      (write && after.endsWith(write) ? after.slice(0, -write.length) : after).trim()
    ],
    ...lines.slice(1).map((line) => line.trim())
  ].filter(
    (text3) => text3 !== "" && !(suggestion !== void 0 && text3 === `Write \`${suggestion}\`.`)
  );
  return { sentence, rest };
}
function projectLabel(project) {
  return project === null ? "repository" : escapeHtml(project);
}
function namesVersion(text3, version3) {
  for (let at2 = text3.indexOf(version3); at2 >= 0; at2 = text3.indexOf(version3, at2 + 1)) {
    const before = text3.slice(Math.max(0, at2 - 1), at2);
    const after = text3.slice(at2 + version3.length, at2 + version3.length + 2);
    if (!/[\w.+!-]$/.test(before) && !/^(\w|[.+!-]\w)/.test(after)) return true;
  }
  return false;
}

// src/report/render-finding-sections.ts
var LOCATIONS_PER_RULE = 20;
function renderPrimary(views, shown, heading, links, moreNote) {
  if (views.length === 0) return [];
  const out = [`#### ${heading}`, ""];
  const kept2 = views.slice(0, shown);
  const projects = new Set(kept2.map((v) => v.finding.project));
  let current;
  for (const view of kept2) {
    if (projects.size > 1 && view.finding.project !== current) {
      current = view.finding.project;
      out.push(
        `**${current === null ? "repository" : codeSpan(current)}**`,
        ""
      );
    }
    append(out, renderFindingItem(view, links));
  }
  if (kept2.length < views.length)
    out.push(
      `_${plural(views.length - kept2.length, "more finding")} of this change not shown here: ${moreNote}_`,
      ""
    );
  return out;
}
function renderProjectCounts(views) {
  const groups = groupByProject(views);
  if (groups.size === 0) return [];
  const out = [
    "| Project | Errors | Warnings | Notices |",
    "|---|---:|---:|---:|"
  ];
  for (const [project, entries] of groups) {
    const findings = entries.map((e) => e.finding);
    out.push(
      `| ${project === null ? "_repository_" : codeSpan(project)} | ${count(findings, "error")} | ${count(findings, "warning")} | ${count(findings, "notice")} |`
    );
  }
  out.push("");
  return out;
}
function renderCountsBlock(views) {
  const table = renderProjectCounts(views);
  const projects = new Set(views.map((v) => v.finding.project)).size;
  if (projects <= 10) return table;
  return [
    `<details><summary>${describeCounts2(views.map((v) => v.finding))} in ${plural(projects, "project")}</summary>`,
    "",
    ...table,
    "</details>",
    ""
  ];
}
function renderExisting(views, detail, heading, links) {
  if (views.length === 0) return [];
  const out = [`#### ${heading} (${views.length})`, ""];
  const groups = groupByProject(views);
  if (detail === "counts") return [...out, ...renderCountsBlock(views)];
  for (const [project, entries] of groups) {
    const findings = entries.map((e) => e.finding);
    out.push(
      `<details><summary><b>${projectLabel(project)}</b>: ${describeCounts2(findings)}</summary>`,
      ""
    );
    if (detail === "items")
      for (const view of entries) append(out, renderFindingItem(view, links));
    else {
      append(out, renderRuleLines(entries, detail === "locations", links));
      out.push("");
    }
    out.push("</details>", "");
  }
  return out;
}
function renderRuleLines(entries, withLocations, links) {
  const byRule = /* @__PURE__ */ new Map();
  for (const { finding } of entries) {
    const key = `${finding.severity}\0${finding.rule}`;
    const list = byRule.get(key);
    if (list) list.push(finding);
    else byRule.set(key, [finding]);
  }
  const out = [];
  for (const findings of byRule.values()) {
    const first = findings[0];
    const line = `- ${SEVERITY_ICON[first.severity]} ${codeSpan(first.rule)} \xD7 ${findings.length}`;
    out.push(
      withLocations ? `${line}: ${renderPlaces(findings, links)}` : line
    );
  }
  return out;
}
function renderPlaces(findings, links) {
  const byFile = /* @__PURE__ */ new Map();
  for (const f of findings.slice(0, LOCATIONS_PER_RULE)) {
    const file = f.file ?? "";
    const list = byFile.get(file);
    if (list) list.push(f);
    else byFile.set(file, [f]);
  }
  const parts = [];
  for (const [file, inFile] of byFile) {
    if (file === "") continue;
    const name2 = renderLocation({ file, line: null }, links) ?? codeSpan(file);
    const lines = inFile.filter((f) => f.line).map((f) => {
      const url2 = locationUrl(file, f.line, links);
      return url2 ? `[${f.line}](${url2})` : String(f.line);
    });
    parts.push(
      lines.length > 0 ? `${name2} ${lines.length === 1 ? "line" : "lines"} ${lines.join(", ")}` : name2
    );
  }
  const more = findings.length - Math.min(findings.length, LOCATIONS_PER_RULE);
  return `${parts.join("; ")}${more > 0 ? `; and ${more} more` : ""}`;
}
function groupByProject(views) {
  const groups = /* @__PURE__ */ new Map();
  for (const view of views) {
    const list = groups.get(view.finding.project);
    if (list) list.push(view);
    else groups.set(view.finding.project, [view]);
  }
  return groups;
}
function count(findings, severity) {
  return findings.filter((f) => f.severity === severity).length;
}
function describeCounts2(findings) {
  const parts = [];
  for (const severity of ["error", "warning", "notice"]) {
    const n = count(findings, severity);
    if (n > 0) parts.push(plural(n, severity));
  }
  return parts.join(", ");
}

// src/report/render-upgrades.ts
function renderUpgrades(upgrades, maxRows = Number.POSITIVE_INFINITY) {
  const shown = upgrades.slice(0, maxRows);
  const open4 = upgrades.length <= 10 ? " open" : "";
  const lines = [
    `<details${open4}><summary><b>Dependency changes</b>: ${describeUpgradeCounts(upgrades)}</summary>`,
    ""
  ];
  const byFile = /* @__PURE__ */ new Map();
  for (const u of shown) {
    const list = byFile.get(u.file);
    if (list) list.push(u);
    else byFile.set(u.file, [u]);
  }
  for (const [file, rows] of byFile) {
    lines.push(
      `**${codeSpan(file)}**`,
      "",
      "| Package | Version | Update | Links |",
      "|---|---|---|---|"
    );
    for (const u of rows)
      lines.push(
        `| ${codeSpan(u.package)} | ${describeChange2(u)} | ${u.updateType ?? ""} | ${renderLinks(u)} |`
      );
    lines.push("");
  }
  if (shown.length < upgrades.length)
    lines.push(
      `_${plural(upgrades.length - shown.length, "more change")} not shown._`,
      ""
    );
  lines.push("</details>", "");
  return { lines, cut: upgrades.length - shown.length };
}
function describeChange2(u) {
  const from = u.from === null ? null : codeSpan(u.from);
  const to = u.to === null ? null : codeSpan(u.to);
  switch (u.change) {
    case "added":
      return `\u2795 ${to}`;
    case "removed":
      return `\u2796 ${from}`;
    case "upgraded":
      return `${from} \u2192 ${to}`;
    case "downgraded":
      return `${from} \u2192 ${to} \u2B07\uFE0F`;
    default:
      return `${from} \u2192 ${to}`;
  }
}
function renderLinks(u) {
  const links = [];
  if (u.url) links.push(`[release](${safeUrl(u.url)})`);
  if (u.changelogUrl) links.push(`[changelog](${safeUrl(u.changelogUrl)})`);
  if (u.compareUrl) links.push(`[compare](${safeUrl(u.compareUrl)})`);
  return links.join(" \xB7 ");
}
function describeUpgradeCounts(upgrades) {
  const parts = [];
  for (const change of [
    "upgraded",
    "downgraded",
    "added",
    "removed",
    "changed"
  ]) {
    const n = upgrades.filter((u) => u.change === change).length;
    if (n > 0) parts.push(`${n} ${change}`);
  }
  return parts.join(", ");
}

// src/report/render-markdown.ts
var ALL = Number.POSITIVE_INFINITY;
var LEVELS = [
  { existing: "items", upgradeRows: ALL, primary: ALL },
  { existing: "locations", upgradeRows: ALL, primary: ALL },
  { existing: "locations", upgradeRows: 50, primary: ALL },
  { existing: "rules", upgradeRows: 50, primary: ALL },
  { existing: "rules", upgradeRows: 20, primary: ALL },
  { existing: "counts", upgradeRows: 20, primary: ALL },
  { existing: "counts", upgradeRows: 0, primary: ALL }
];
function renderMarkdown(report3, options = {}) {
  const renderer = createMarkdownRenderer(report3, options);
  return fitReport(
    options.maxLength,
    renderer.primaryCount,
    renderer.render,
    renderCutNote(options.fullReportUrl),
    renderer.lowerBound
  );
}
function createMarkdownRenderer(report3, options) {
  const views = report3.findings.map(
    (finding, i) => ({
      finding,
      status: options.statuses?.[i],
      fix: options.fixes?.[i] ?? void 0
    })
  );
  const compared = options.statuses !== void 0;
  const primary = compared ? views.filter((v) => v.status === "new") : views;
  const existing = compared ? views.filter((v) => v.status !== "new") : [];
  const max = options.maxLength ?? ALL;
  const primaryLength = measureItems(primary, options.links, max);
  const existingLength = measureItems(existing, options.links, max);
  return {
    render: createRenderer(report3, { views, primary, existing }, options),
    // Without a budget the first level is the answer: nothing to measure.
    lowerBound: (limits) => max === ALL ? 0 : primaryLength(limits.primary) + (limits.existing === "items" ? existingLength(existing.length) : 0),
    primaryCount: primary.length
  };
}
function measureItems(views, links, max) {
  const sums = [0];
  return (n) => {
    const wanted = Math.min(n, views.length);
    while (sums.length <= wanted && sums[sums.length - 1] <= max) {
      const view = views[sums.length - 1];
      let length = 0;
      for (const line of renderFindingItem(view, links)) length += line.length;
      sums.push(sums[sums.length - 1] + length);
    }
    return sums[Math.min(wanted, sums.length - 1)];
  };
}
function fitReport(maxLength, primaryCount, render, note, lowerBound = () => 0) {
  const max = maxLength ?? ALL;
  for (const level of LEVELS) {
    if (lowerBound(level) > max) continue;
    const text3 = render(level);
    if (text3.length <= max) return text3;
  }
  const least = LEVELS[LEVELS.length - 1];
  const fits = (limits) => lowerBound(limits) <= max && render(limits).length <= max;
  let low = 1;
  let high = primaryCount - 1;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    if (fits({ ...least, primary: mid })) low = mid + 1;
    else high = mid - 1;
  }
  return fitToLength(
    maxLength,
    [{ ...least, primary: Math.max(1, high) }],
    render,
    note
  );
}
function createRenderer(report3, {
  views,
  primary,
  existing
}, options) {
  const compared = options.statuses !== void 0;
  const header = renderHeader(report3, options);
  if (!compared && new Set(views.map((v) => v.finding.project)).size > 1)
    append(header, renderCountsBlock(views));
  const existingLevels = createBoundedCache(LEVELS.length);
  const existingAt = (detail) => existingLevels.get(
    detail,
    () => renderExisting(existing, detail, "Already on the base", options.links)
  );
  const upgradeLevels = createBoundedCache(
    LEVELS.length
  );
  const upgradesAt = (rows) => upgradeLevels.get(
    String(rows),
    () => renderUpgrades(options.upgrades ?? [], rows)
  );
  return (limits) => {
    const out = [...header];
    append(
      out,
      renderPrimary(
        primary,
        limits.primary,
        compared ? "New in this change" : "Findings",
        options.links,
        options.fullReportUrl ? `[full report](${safeUrl(options.fullReportUrl)})` : "run `pin-audit --format markdown` for the full report."
      )
    );
    let cut = 0;
    if (options.upgrades && options.upgrades.length > 0) {
      const section = upgradesAt(limits.upgradeRows);
      cut += section.cut;
      append(out, section.lines);
    }
    append(out, existingAt(limits.existing));
    if (limits.existing !== "items" && existing.length > 0) cut++;
    if (cut > 0) out.push(renderCutNote(options.fullReportUrl), "");
    return out.join("\n");
  };
}
function renderHeader(report3, options) {
  const { summary: summary2 } = report3;
  const out = [`### ${renderVerdict(report3, options)}`, ""];
  if (options.gate) out.push(renderGate(options.gate, options.statuses), "");
  out.push(
    `Audited ${plural(summary2.projects, "project")}, ${plural(summary2.files, "file")}, ${plural(summary2.requirements, "requirement")} and ${plural(summary2.locked, "locked package")} with ${escapeMarkdown(`${report3.tool.name} ${report3.tool.version}`)}.`,
    `Policy: ${escapeMarkdown(report3.policy.description)}.`
  );
  const unchecked = describeUnchecked(report3.checks ?? []);
  if (unchecked !== null)
    out.push(`Not checked: ${escapeMarkdown(unchecked)}.`);
  const comparison = describeComparison(options);
  if (comparison) out.push(comparison);
  out.push("");
  if (report3.findings.length > 0 && options.gate === void 0)
    out.push(
      `- By rule: ${escapeMarkdown(countFindingsBy(report3.findings, (f) => f.rule).join(", "))}.`,
      ...describeProjectCounts(report3).map(
        (line) => `- ${escapeMarkdown(line)}`
      ),
      ""
    );
  return out;
}
function checkedNothing(report3) {
  const { summary: summary2 } = report3;
  return summary2.requirements + summary2.locked + report3.findings.length === 0;
}
function renderVerdict(report3, options) {
  const { summary: summary2 } = report3;
  const title = options.title ?? "pin-audit";
  const failing = options.gate ? options.gate.blocking > 0 : null;
  if (options.statuses && summary2.errors + summary2.warnings > 0) {
    const news = report3.findings.filter(
      (f, i) => options.statuses?.[i] === "new" && f.severity !== "notice"
    );
    const newErrors = news.filter((f) => f.severity === "error").length;
    const newWarnings = news.length - newErrors;
    const existing = summary2.errors + summary2.warnings - news.length;
    const parts = [];
    if (newErrors > 0) parts.push(plural(newErrors, "new error"));
    if (newWarnings > 0) parts.push(plural(newWarnings, "new warning"));
    if (parts.length === 0) parts.push("nothing new");
    const tail = existing > 0 ? ` \xB7 ${existing} already on the base` : "";
    const icon = failing || failing === null && newErrors > 0 ? "\u274C" : newErrors + newWarnings > 0 ? "\u26A0\uFE0F" : checkedNothing(report3) ? "\u26AA" : existing > 0 ? "\u2611\uFE0F" : "\u2705";
    return `${icon} ${title}: ${parts.join(", ")}${tail}`;
  }
  if (summary2.errors > 0)
    return `\u274C ${title}: ${plural(summary2.errors, "error")}, ${plural(summary2.warnings, "warning")}`;
  if (summary2.warnings > 0)
    return `\u26A0\uFE0F ${title}: ${plural(summary2.warnings, "warning")}`;
  return checkedNothing(report3) ? `\u26AA ${title}: nothing to check (no pinned requirement or lock entry found)` : `\u2705 ${title}: all clear`;
}
function renderGate(gate, statuses) {
  const settings = `\`fail-on: ${gate.failOn}\`, \`block: ${gate.block}\``;
  if (gate.blocking > 0) {
    const what = gate.block === "new" && statuses ? "new finding" : "finding";
    return `**This check fails:** ${plural(gate.blocking, what)} at or above \`${gate.failOn}\` (${settings}).`;
  }
  return gate.failOn === "never" ? `This check passes: findings never fail it (${settings}).` : `This check passes: nothing ${gate.block === "new" && statuses ? "new " : ""}at or above \`${gate.failOn}\` (${settings}).`;
}
function describeComparison(options) {
  if (!options.statuses) return null;
  const news = options.statuses.filter((s) => s === "new").length;
  const existing = options.statuses.length - news;
  const parts = [
    `${plural(news, "new finding")} introduced by this change`,
    `${existing} already on the base`
  ];
  if (options.fixedCount)
    parts.push(`${plural(options.fixedCount, "finding")} fixed`);
  return `Compared with the base: ${parts.join(", ")}.`;
}
function renderCutNote(fullReportUrl) {
  return fullReportUrl ? `Some detail was left out to fit. [Full report in the job summary](${safeUrl(fullReportUrl)})` : "Some detail was left out to fit; run `pin-audit --format markdown` for the full report.";
}

// src/github/job-summary.ts
var SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;
async function publishAuditSummary(run, outcome) {
  const { ctx } = run;
  const options = {
    ...outcome.compared,
    ...outcome.view,
    gate: outcome.gate,
    ...ctx.runUrl ? { fullReportUrl: ctx.runUrl } : {}
  };
  await writeJobSummary(
    (maxLength) => renderMarkdown(outcome.report, { ...options, maxLength }),
    run
  );
}
async function writeJobSummary(render, run) {
  let maxLength = SUMMARY_LIMIT_BYTES;
  let markdown = render(maxLength);
  while (Buffer.byteLength(markdown) > SUMMARY_LIMIT_BYTES && maxLength > 1e3) {
    maxLength = Math.floor(maxLength / 2);
    markdown = render(maxLength);
  }
  try {
    await summary.addRaw(run.mask(markdown)).write();
  } catch (error3) {
    run.warn(
      `pin-audit could not write the job summary: ${describeApiError(error3)}`
    );
  }
}

// src/report/read-fixes-from-tree.ts
import { join as join15 } from "node:path";

// src/report/line-fix.ts
function planLineFix(finding, lines) {
  const { suggestion, line, file, package: pkg } = finding;
  if (!suggestion || !line || !file || !pkg) return null;
  if (/[\r\n]/.test(suggestion)) return null;
  const before = lines[line - 1];
  if (before === void 0) return null;
  const after = file.endsWith(".toml") ? replaceInTomlLine(before, pkg, suggestion) : replaceInRequirementsLine(before, lines[line], pkg, suggestion);
  if (after === null || after === before) return null;
  return { before, after };
}
var NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;
function namesPackage(text3, pkg) {
  const match = NAME.exec(text3);
  return match !== null && normalizeName(match[1]) === pkg;
}
function replaceInRequirementsLine(line, next, pkg, suggestion) {
  if (/(^|\s)--hash[=\s]/.test(line)) return null;
  const continued = /\\\s*$/.test(line);
  if (continued && (next === void 0 || !/^\s*-/.test(next))) return null;
  if (continued && /(^|\s)--hash[=\s]/.test(next ?? "")) return null;
  const indent2 = /^\s*/.exec(line)?.[0] ?? "";
  const rest = line.slice(indent2.length);
  const end = rest.search(/\s+(#|-{1,2}[A-Za-z]|\\\s*$)|\\\s*$/);
  const requirement = end === -1 ? rest : rest.slice(0, end);
  if (requirement === "" || requirement.startsWith("-")) return null;
  if (!namesPackage(requirement, pkg) || /:\/\/|\s@\s/.test(requirement))
    return null;
  return `${indent2}${suggestion}${end === -1 ? "" : rest.slice(end)}`;
}
var TOML_STRING = /"(?:[^"\\\n]|\\.)*"|'[^'\n]*'/g;
function replaceInTomlLine(line, pkg, suggestion) {
  const matches2 = [...line.matchAll(TOML_STRING)].filter((m) => {
    const value = decodeTomlString(m[0]);
    return value !== null && namesPackage(value, pkg) && !value.includes("@");
  });
  if (matches2.length !== 1) return null;
  const match = matches2[0];
  const start = match.index;
  const literal3 = match[0];
  const encoded = literal3.startsWith("'") && !suggestion.includes("'") ? `'${suggestion}'` : `"${suggestion.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
  if (line.slice(0, start).replace(TOML_STRING, "").includes("#")) return null;
  return `${line.slice(0, start)}${encoded}${line.slice(start + literal3.length)}`;
}
function decodeTomlString(literal3) {
  if (literal3.startsWith("'")) return literal3.slice(1, -1);
  const body = literal3.slice(1, -1);
  if (/\\[^"\\]/.test(body)) return null;
  return body.replace(/\\(["\\])/g, "$1");
}

// src/report/collect-line-fixes.ts
async function collectLineFixes(findings, read) {
  const files = /* @__PURE__ */ new Map();
  const linesOf = (file) => {
    let lines = files.get(file);
    if (!lines) {
      lines = read(file).then(
        (text3) => text3 === null ? null : text3.split(/\r?\n/)
      );
      files.set(file, lines);
    }
    return lines;
  };
  return Promise.all(
    findings.map(async (f) => {
      if (!f.suggestion || !f.file || !f.line || !isInsideTree(f.file))
        return null;
      const lines = await linesOf(f.file);
      return lines === null ? null : planLineFix(f, lines);
    })
  );
}
function isInsideTree(file) {
  return !file.startsWith("/") && !/^[A-Za-z]:/.test(file) && !file.split(/[\\/]/).includes("..");
}

// src/report/read-fixes-from-tree.ts
var MAX_FIX_FILE_BYTES = 4 * 1024 * 1024;
function readFixesFromTree(report3, dir) {
  return collectLineFixes(
    report3.findings,
    (file) => readSmallFile(join15(dir, file))
  );
}
async function readSmallFile(path) {
  try {
    const info2 = await stat(path);
    if (!info2.isFile() || info2.size > MAX_FIX_FILE_BYTES) return null;
    return await readFile(path, "utf8");
  } catch {
    return null;
  }
}

// src/github/present-findings.ts
async function presentFindings(run, sides) {
  const { ctx, inputs } = run;
  const { head } = sides;
  const fixes = await readFixesFromTree(head.report, head.dir);
  const links = ctx.owner && ctx.repo && head.commit ? {
    blobBase: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/blob/${head.commit}`,
    pathPrefix: inputs.path
  } : void 0;
  return { fixes, links };
}

// src/github/annotations.ts
import { posix as posix15 } from "node:path";
var ANNOTATIONS_PER_LEVEL = 10;
function planAnnotations(findings, statuses, pathPrefix) {
  const rank = { error: 0, warning: 1, notice: 2 };
  const indexed = findings.map((finding, index) => ({ finding, status: statuses?.[index] })).filter((e) => e.finding.severity !== "notice");
  indexed.sort(
    (a, b) => rank[a.finding.severity] - rank[b.finding.severity] || Number(b.status === "new") - Number(a.status === "new")
  );
  const shown = { error: 0, warning: 0 };
  const left = { error: 0, warning: 0 };
  const annotations = [];
  for (const { finding: f, status } of indexed) {
    const level = f.severity;
    if (shown[level] >= ANNOTATIONS_PER_LEVEL) {
      left[level]++;
      continue;
    }
    shown[level]++;
    const file = f.file ? repositoryPath(pathPrefix, f.file) : void 0;
    annotations.push({
      level,
      title: stripControls(
        `pin-audit: ${f.rule}${status === "new" ? " (new)" : ""}`
      ),
      message: stripControls(
        f.suggestion ? `${f.message}
Fix: ${f.suggestion}` : f.message
      ),
      ...file ? { file } : {},
      ...file && f.line ? { startLine: f.line } : {}
    });
  }
  const parts = [];
  if (left.error) parts.push(plural(left.error, "error"));
  if (left.warning) parts.push(plural(left.warning, "warning"));
  if (parts.length > 0) {
    annotations.push({
      level: "notice",
      title: "pin-audit",
      message: `${parts.join(", ")} not annotated (GitHub shows at most ${ANNOTATIONS_PER_LEVEL} errors and ${ANNOTATIONS_PER_LEVEL} warnings per step); the job summary lists every finding.`
    });
  }
  return annotations;
}
function repositoryPath(pathPrefix, file) {
  const joined = posix15.normalize(
    pathPrefix === "." ? file : `${pathPrefix}/${file}`
  );
  return joined.replace(/^(\.\/)+/, "");
}

// src/github/publish-annotations.ts
function publishAnnotations(run, outcome) {
  const { report: report3, comparison } = outcome;
  for (const a of planAnnotations(
    report3.findings,
    comparison.compared ? comparison.statuses : void 0,
    run.inputs.path
  )) {
    const properties = {
      title: a.title,
      ...a.file ? { file: a.file } : {},
      ...a.startLine ? { startLine: a.startLine } : {}
    };
    const message = run.mask(a.message);
    if (a.level === "error") error(message, properties);
    else if (a.level === "warning") warning(message, properties);
    else notice(message, properties);
  }
}

// src/report/render-comment.ts
var COMMENT_LIMIT = 65536;
function commentMarker(key) {
  if (!/^[A-Za-z0-9][A-Za-z0-9._/+=:-]*$/.test(key))
    throw new Error(`invalid comment key: ${JSON.stringify(key)}`);
  return `<!-- pin-audit:sticky key=${key} -->`;
}
function renderComment(report3, options) {
  const marker = commentMarker(options.key);
  const footer = options.runUrl ? `<sub>[Job summary and full report](${safeUrl(options.runUrl)})</sub>` : "";
  const room = (options.maxLength ?? COMMENT_LIMIT) - marker.length - footer.length - 4;
  const hasProblems = report3.summary.errors + report3.summary.warnings > 0;
  const markdown = hasProblems ? renderMarkdown(report3, {
    ...options,
    maxLength: room,
    ...options.runUrl ? { fullReportUrl: options.runUrl } : {}
  }) : renderAllClear(report3, options, room);
  return `${marker}
${markdown.trimEnd()}
${footer ? `
${footer}
` : ""}`;
}
function renderAllClear(report3, options, room) {
  return fitReport(room, 0, (limits) => {
    const out = [`### ${renderVerdict(report3, options)}`, ""];
    const { summary: summary2 } = report3;
    const fixed = options.fixedCount ? ` This change fixes ${plural(options.fixedCount, "finding")} that the base has.` : "";
    out.push(
      `No errors or warnings in ${plural(summary2.projects, "project")} (${plural(summary2.requirements, "requirement")}, ${plural(summary2.locked, "locked package")}).${fixed}`,
      `Policy: ${escapeMarkdown(report3.policy.description)}.`
    );
    const unchecked = describeUnchecked(report3.checks ?? []);
    if (unchecked !== null)
      out.push(`Not checked: ${escapeMarkdown(unchecked)}.`);
    if (summary2.notices > 0)
      out.push(`${plural(summary2.notices, "notice")} in the job summary.`);
    out.push("");
    let cut = 0;
    if (options.upgrades && options.upgrades.length > 0) {
      const section = renderUpgrades(options.upgrades, limits.upgradeRows);
      cut += section.cut;
      append(out, section.lines);
    } else if (options.upgrades) {
      out.push("No pinned or locked version changed.", "");
    }
    if (cut > 0) out.push(renderCutNote(options.runUrl), "");
    return out.join("\n");
  });
}

// src/github/comment.ts
var GITHUB_ACTIONS_BOT = "github-actions[bot]";
function isWrittenBy(user, author) {
  if (user?.login === author.login) return true;
  return author.installation && user?.type === "Bot";
}
var PER_PAGE = 100;
var MAX_PAGES = 100;
async function findTokenAuthor(client) {
  try {
    const response = await client.request("GET /user");
    const login = response.data?.login;
    if (typeof login === "string" && login !== "")
      return { login, installation: false };
  } catch (error3) {
    const status = errorStatus(error3);
    if (status !== 401 && status !== 403) throw error3;
    return { login: GITHUB_ACTIONS_BOT, installation: true };
  }
  throw new Error(
    "GET /user: GitHub's answer has no login (truncated or not JSON)"
  );
}
async function findStickyComments(client, target, author) {
  const found = [];
  const seen = /* @__PURE__ */ new Set();
  for (let page = 1; page <= MAX_PAGES; page++) {
    const response = await client.request(
      "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
      {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        per_page: PER_PAGE,
        page
      }
    );
    if (!Array.isArray(response.data))
      throw new Error(
        `GET /repos/${target.owner}/${target.repo}/issues/${target.issueNumber}/comments: GitHub's answer is not a list of comments (truncated or not JSON)`
      );
    const comments = response.data;
    let fresh = 0;
    for (const c of comments) {
      if (typeof c.id !== "number" || seen.has(c.id)) continue;
      seen.add(c.id);
      fresh++;
      if (!isWrittenBy(c.user, author) || typeof c.body !== "string") continue;
      if (firstLine(c.body) === target.marker)
        found.push({ id: c.id, body: c.body });
    }
    if (comments.length < PER_PAGE || fresh === 0) break;
  }
  return found;
}
async function upsertComment(client, target, options) {
  if (options.mode === "never")
    return { action: "skipped", id: null, deleted: [] };
  const existing = await findStickyComments(client, target, options.author);
  const [keep, ...duplicates] = existing;
  const deleted = [];
  for (const duplicate of duplicates) {
    await client.request(
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}",
      { owner: target.owner, repo: target.repo, comment_id: duplicate.id }
    );
    deleted.push(duplicate.id);
  }
  if (keep) {
    if (sameBody(keep.body, options.body))
      return { action: "unchanged", id: keep.id, deleted };
    await client.request(
      "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
      {
        owner: target.owner,
        repo: target.repo,
        comment_id: keep.id,
        body: options.body
      }
    );
    return { action: "updated", id: keep.id, deleted };
  }
  if (!options.wanted) return { action: "skipped", id: null, deleted };
  const created = await client.request(
    "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
    {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      body: options.body
    }
  );
  const id = created.data.id;
  return {
    action: "created",
    id: typeof id === "number" ? id : null,
    deleted
  };
}
function shouldCreateComment(mode, facts) {
  switch (mode) {
    case "always":
      return true;
    case "on-change":
      return facts.findings > 0 || facts.upgrades > 0;
    case "on-failure":
      return facts.blocking > 0;
    case "never":
      return false;
  }
}
function firstLine(body) {
  const end = body.indexOf("\n");
  return (end < 0 ? body : body.slice(0, end)).replace(/\r$/, "").trim();
}
function sameBody(a, b) {
  const normalize = (s) => s.replace(/\r\n/g, "\n").trimEnd();
  return normalize(a) === normalize(b);
}

// src/github/publish-comment.ts
async function publishComment(run, outcome) {
  const commentId = await upsertStickyComment(run, outcome);
  setOutput("comment-id", commentId ?? "");
}
async function upsertStickyComment(run, outcome) {
  const { ctx, inputs, warn } = run;
  if (!ctx.pullRequest || inputs.comment === "never") return null;
  const { report: report3, upgrades, blocking } = outcome;
  try {
    const client = await run.getClient();
    const author = await findTokenAuthor(client);
    const result = await upsertComment(
      client,
      {
        owner: ctx.owner,
        repo: ctx.repo,
        issueNumber: ctx.pullRequest.number,
        marker: commentMarker(inputs.commentKey)
      },
      {
        mode: inputs.comment,
        wanted: shouldCreateComment(inputs.comment, {
          findings: report3.findings.length,
          upgrades: upgrades.length,
          blocking: blocking.length
        }),
        body: run.mask(
          renderComment(report3, {
            key: inputs.commentKey,
            ...outcome.compared,
            ...outcome.view,
            gate: outcome.gate,
            ...ctx.runUrl ? { runUrl: ctx.runUrl } : {}
          })
        ),
        author
      }
    );
    const what = {
      created: "created the pull-request comment",
      updated: "updated the pull-request comment",
      unchanged: "left the pull-request comment unchanged (same content)",
      skipped: `did not comment (comment: ${inputs.comment})`
    }[result.action];
    info(`pin-audit ${what}${result.id !== null ? ` ${result.id}` : ""}.`);
    if (result.deleted.length > 0)
      info(`Deleted duplicate comments ${result.deleted.join(", ")}.`);
    return result.id;
  } catch (error3) {
    const operation = describeCommentOperation(failedRequest(error3));
    if (isPermissionRefusal(error3))
      warn(
        `pin-audit could not ${operation} (${describeApiError(error3)}): the token needs the \`pull-requests: write\` permission (set it under \`permissions:\` in the workflow). A pull request from a fork gets a read-only token under \`pull_request\`; see the README for a safe \`pull_request_target\` workflow. The summary, annotations and check result are not affected.`
      );
    else
      warn(
        `pin-audit could not ${operation} (${describeApiError(error3)}). The summary, annotations and check result are not affected.`
      );
    return null;
  }
}
function describeCommentOperation(request) {
  const method = request?.split(" ")[0];
  if (request?.endsWith("/user")) return "find out whose comments are its own";
  switch (method) {
    case "GET":
      return "list the pull request's comments to find its own";
    case "POST":
      return "create its pull-request comment";
    case "PATCH":
      return "update its pull-request comment";
    case "DELETE":
      return "delete a duplicate of its pull-request comment";
    default:
      return "update its pull-request comment";
  }
}

// src/github/pull-request-diff.ts
var PER_PAGE2 = 100;
var MAX_PAGES2 = 30;
async function readPullRequestDiff(client, target) {
  const lines = /* @__PURE__ */ new Map();
  for (let page = 1; page <= MAX_PAGES2; page++) {
    const response = await client.request(
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
      {
        owner: target.owner,
        repo: target.repo,
        pull_number: target.pullNumber,
        per_page: PER_PAGE2,
        page
      }
    );
    const entries = Array.isArray(response.data) ? response.data : [];
    for (const entry of entries) {
      if (typeof entry.filename !== "string" || entry.status === "removed")
        continue;
      if (typeof entry.patch !== "string") continue;
      lines.set(entry.filename, parseRightSide(entry.patch));
    }
    if (entries.length < PER_PAGE2) break;
  }
  return lines;
}
var HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;
function parseRightSide(patch) {
  const lines = /* @__PURE__ */ new Map();
  let next = null;
  for (const raw of patch.split("\n")) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const hunk = HUNK.exec(line);
    if (hunk) {
      next = Number(hunk[1]);
      continue;
    }
    if (next === null) continue;
    const mark = line[0];
    if (mark === "+" || mark === " ") {
      lines.set(next, line.slice(1));
      next++;
    } else if (mark === void 0 && line === "") {
      lines.set(next, "");
      next++;
    }
  }
  return lines;
}

// src/github/review-suggestions.ts
import { createHash } from "node:crypto";
function suggestionMarker(key, path, fix) {
  const id = createHash("sha256").update(`${path}\0${fix.before}\0${fix.after}`).digest("hex").slice(0, 16);
  return `<!-- pin-audit:suggestion key=${key} id=${id} -->`;
}
function planSuggestions(findings, fixes, diff, options) {
  const comments = [];
  const seen = /* @__PURE__ */ new Set();
  findings.forEach((finding, i) => {
    const fix = fixes[i];
    if (!fix || !finding.file || !finding.line) return;
    const path = repositoryPath(options.pathPrefix, finding.file);
    if (diff.get(path)?.get(finding.line) !== fix.before) return;
    const marker = suggestionMarker(options.key, path, fix);
    if (seen.has(`${marker}\0${finding.line}`)) return;
    seen.add(`${marker}\0${finding.line}`);
    comments.push({
      path,
      line: finding.line,
      side: "RIGHT",
      marker,
      body: renderSuggestion(marker, finding, fix)
    });
  });
  return comments;
}
function renderSuggestion(marker, f, fix) {
  const after = stripControls(fix.after);
  const fence = fenceFor(after);
  const { sentence } = splitMessage(f.message, f.suggestion);
  return [
    marker,
    `**pin-audit** \`${f.rule}\`: ${escapeMarkdownWithCode(sentence)}`,
    "",
    `${fence}suggestion`,
    after,
    fence,
    ""
  ].join("\n");
}

// src/github/publish-review.ts
var PER_PAGE3 = 100;
var MAX_PAGES3 = 30;
async function publishReview(run, outcome) {
  const { ctx, inputs } = run;
  const pull = ctx.pullRequest;
  if (!pull || !inputs.suggestions) return;
  if (!outcome.view.fixes.some((fix) => fix)) return;
  const target = { owner: ctx.owner, repo: ctx.repo, pullNumber: pull.number };
  try {
    const client = await run.getClient();
    const planned = planSuggestions(
      outcome.report.findings,
      outcome.view.fixes,
      await readPullRequestDiff(client, target),
      { pathPrefix: inputs.path, key: inputs.commentKey }
    );
    if (planned.length === 0) return;
    const posted = await listOwnMarkers(
      client,
      target,
      await findTokenAuthor(client)
    );
    const fresh = planned.filter((c) => !posted.has(c.marker));
    if (fresh.length === 0) {
      info(
        "pin-audit: every suggested fix is already on the pull request."
      );
      return;
    }
    await postReview(client, target, pull.headSha, fresh);
    info(
      `pin-audit suggested ${countFixes(fresh.length)} in a pull-request review.`
    );
  } catch (error3) {
    run.warn(describeReviewFailure(error3));
  }
}
async function listOwnMarkers(client, target, author) {
  const markers = /* @__PURE__ */ new Set();
  for (let page = 1; page <= MAX_PAGES3; page++) {
    const response = await client.request(
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments",
      {
        owner: target.owner,
        repo: target.repo,
        pull_number: target.pullNumber,
        per_page: PER_PAGE3,
        page
      }
    );
    const comments = Array.isArray(response.data) ? response.data : [];
    for (const c of comments) {
      const first = typeof c.body === "string" ? c.body.split("\n")[0] : "";
      if (first?.startsWith("<!-- pin-audit:suggestion ") && isWrittenBy(c.user, author))
        markers.add(first);
    }
    if (comments.length < PER_PAGE3) break;
  }
  return markers;
}
async function postReview(client, target, commitId, comments) {
  await client.request(
    "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
    {
      owner: target.owner,
      repo: target.repo,
      pull_number: target.pullNumber,
      commit_id: commitId,
      event: "COMMENT",
      body: `pin-audit suggests ${countFixes(comments.length)} for lines this pull request shows; each applies with one click.`,
      comments: comments.map(({ path, line, side: side2, body }) => ({
        path,
        line,
        side: side2,
        body
      }))
    }
  );
}
function describeReviewFailure(error3) {
  const what = `pin-audit could not post its suggested fixes (${describeApiError(error3)})`;
  if (isPermissionRefusal(error3))
    return `${what}: the token needs the \`pull-requests: write\` permission (set it under \`permissions:\` in the workflow; a pull request from a fork gets a read-only token under \`pull_request\`). The gate, the comment and the summary are not affected; the fixes are in the comment.`;
  if (errorStatus(error3) === 422)
    return `${what}: GitHub refused a comment on a line of the diff. The fixes are in the comment.`;
  return `${what}. The gate, the comment and the summary are not affected; the fixes are in the comment.`;
}
function countFixes(n) {
  return `${n} ${n === 1 ? "fix" : "fixes"}`;
}

// src/github/run-drift-mode.ts
import { join as join17 } from "node:path";

// src/drift/drift-checked.ts
function checkedAnything(report3) {
  const { summary: summary2 } = report3;
  return summary2.behind + summary2.yanked + summary2.upToDate > 0;
}
function checkedAll(report3) {
  return report3.repositories.every(
    (r) => r.entries.every(
      (e) => e.status !== "unknown" || e.unchecked === "not-on-index"
    )
  );
}

// src/index/gather-release-lists.ts
function projectPackageKey(project, name2) {
  return `${project}\0${name2}`;
}
async function gatherReleaseLists(projects, wanted, options) {
  const token = options.token || null;
  const listings = /* @__PURE__ */ new Map();
  if (options.offline)
    return { online: false, listings, secrets: token ? [token] : [] };
  const session = createIndexSession({ ...options, token });
  const pending = /* @__PURE__ */ new Map();
  const list = (raw, name2) => {
    const found = session.clientFor(raw);
    if (!found.ok)
      return { index: found.url, answer: Promise.resolve(found.lookup) };
    const key = `${found.key}\0${name2}`;
    let answer = pending.get(key);
    if (answer === void 0) {
      answer = settleLookup(found.client.listReleases(name2));
      pending.set(key, answer);
    }
    return { index: found.url, answer };
  };
  const jobs = [];
  for (const project of projects) {
    const index = chooseProjectIndex(project, options.indexUrl ?? null);
    for (const name2 of wanted.get(project.path) ?? []) {
      const asked = list(index, name2);
      jobs.push(
        asked.answer.then((lookup) => {
          listings.set(projectPackageKey(project.path, name2), {
            index: asked.index,
            // An error message may echo a URL: never one with credentials.
            lookup: lookup.ok ? lookup : { ok: false, error: redactUrl(lookup.error) }
          });
        })
      );
    }
  }
  await Promise.all(jobs);
  return { online: true, listings, secrets: session.secrets() };
}

// src/rollout/git-checkout.ts
import { relative as relative3, sep as sep3 } from "node:path";
async function findCheckout(root) {
  let top;
  try {
    top = (await runGit(["rev-parse", "--show-toplevel"], root)).toString("utf8").trim();
  } catch {
    throw new ConfigurationError(
      `${root} is not in a git work tree: --base-ref needs the repository's history`
    );
  }
  const inside = relative3(await realpath(top), await realpath(root));
  return {
    repoDir: top,
    prefix: inside === "" ? "." : inside.split(sep3).join("/")
  };
}

// src/fix/shell-quote.ts
function shellQuote(text3) {
  return /^[A-Za-z0-9_./@%+=:,-]+$/.test(text3) ? text3 : `'${text3.replaceAll("'", `'\\''`)}'`;
}

// src/pep440/loose-order.ts
function compareLoosely2(a, b) {
  const va = parseVersion(a);
  const vb = parseVersion(b);
  if (va && vb) return compareVersions(va, vb);
  return compareStrings3(a, b);
}
function compareStrings3(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/rollout/plan-rollout.ts
function planRollout(entries, rollout, adoptedAt, now) {
  if (rollout.canary.length === 0) return [];
  const byPackage = /* @__PURE__ */ new Map();
  for (const e of entries)
    byPackage.set(e.package, [...byPackage.get(e.package) ?? [], e]);
  const plans = [];
  for (const [name2, list] of [...byPackage].sort(
    ([a], [b]) => a < b ? -1 : 1
  )) {
    const target = list.map((e) => e.allowed).filter((v) => v !== null).sort(compareLoosely2).at(-1);
    if (target === void 0) continue;
    const lagging = (project) => list.some(
      (e) => e.project === project && compareLoosely2(e.current, target) < 0
    );
    const projects = [...new Set(list.map((e) => e.project))].sort();
    if (!projects.some(lagging)) continue;
    plans.push({
      package: name2,
      target,
      waves: planWaves(name2, target, projects, lagging, rollout, {
        adoptedAt: adoptedAt(name2, target) ?? null,
        now
      })
    });
  }
  return plans;
}
function planWaves(name2, target, projects, lagging, rollout, canaryFacts) {
  const canaries = projects.filter((p) => isCanary(p, rollout.canary));
  const rest = projects.filter((p) => !isCanary(p, rollout.canary));
  const size = rollout.wave ?? Math.max(rest.length, 1);
  const groups = [];
  for (let i = 0; i < rest.length; i += size)
    groups.push(rest.slice(i, i + size));
  const waves = [];
  let open4 = true;
  if (canaries.length > 0) {
    const wave = canaryWave(
      name2,
      target,
      canaries,
      lagging,
      rollout,
      canaryFacts
    );
    waves.push(wave);
    open4 = wave.state === "soaked";
  }
  for (const [index, group] of groups.entries()) {
    const done = !group.some(lagging);
    waves.push({
      wave: index + 1,
      canary: false,
      projects: group,
      command: fixCommand(group, name2, target),
      state: done ? "done" : open4 ? "ready" : "waiting",
      adoptedAt: null,
      soakEndsAt: null
    });
    if (!done) open4 = false;
  }
  return waves;
}
function canaryWave(name2, target, canaries, lagging, rollout, facts) {
  const moved = !canaries.some(lagging);
  const adopted = moved ? facts.adoptedAt : null;
  const ends = adopted === null ? null : new Date(adopted.getTime() + rollout.soak);
  return {
    wave: 0,
    canary: true,
    projects: [...canaries],
    command: fixCommand(canaries, name2, target),
    state: !moved ? "ready" : ends !== null && ends <= facts.now ? "soaked" : "soaking",
    adoptedAt: adopted?.toISOString() ?? null,
    soakEndsAt: ends?.toISOString() ?? null
  };
}
function fixCommand(projects, name2, target, multiline = false) {
  const flags = [
    ...projects.map((p) => `--project ${shellQuote(p)}`),
    `--package ${shellQuote(name2)} --to ${shellQuote(target)}`
  ];
  return multiline ? ["pin-audit fix", ...flags].join(" \\\n  ") : `pin-audit fix ${flags.join(" ")}`;
}

// src/rollout/plan-repository-rollout.ts
async function planRepositoryRollout(root, audit, policy, entries, now) {
  if (policy.rollout.canary.length === 0) return [];
  const draft = planRollout(entries, policy.rollout, () => null, now);
  const adopted = /* @__PURE__ */ new Map();
  const history = await openHistory(root, now, policy.rollout.soak);
  const canaries = listCanaries(audit.projects, policy.rollout.canary);
  for (const plan of draft) {
    const canaryWave2 = plan.waves.find((w) => w.canary);
    if (canaryWave2 === void 0 || canaryWave2.state === "ready") continue;
    let latest2 = null;
    for (const path of canaryWave2.projects) {
      const canary = canaries.find((c) => c.path === path);
      const adoption = canary === void 0 || history === null ? null : await history.adoption(
        canary,
        listCanaryPaths(canary),
        plan.package,
        plan.target
      );
      if (adoption?.kind !== "since") {
        latest2 = null;
        break;
      }
      if (latest2 === null || adoption.date > latest2) latest2 = adoption.date;
    }
    adopted.set(`${plan.package}\0${plan.target}`, latest2);
  }
  return planRollout(
    entries,
    policy.rollout,
    (name2, version3) => adopted.get(`${name2}\0${version3}`) ?? null,
    now
  );
}
async function openHistory(root, now, soak) {
  try {
    const checkout = await findCheckout(root);
    const commit = (await runGit(["rev-parse", "--verify", "HEAD"], checkout.repoDir)).toString("utf8").trim();
    return new CanaryHistory({
      checkout,
      commit,
      horizon: new Date(now.getTime() - soak)
    });
  } catch {
    return null;
  }
}

// src/drift/drift-order.ts
function roundHundredths(n) {
  return Math.round(n * 100) / 100;
}

// src/drift/count-behind.ts
var YEAR_MS = 365.25 * 864e5;
function countBehind(current, newer) {
  const counts = { major: 0, minor: 0, patch: 0, other: 0, total: 0 };
  let previous = current;
  for (const r of newer) {
    counts[classifyStep(previous, r.version)]++;
    counts.total++;
    previous = r.version;
  }
  return counts;
}
function classifyStep(from, to) {
  const type = updateType(from, to);
  if (type === "epoch" || type === "major") return "major";
  if (type === "minor" || type === "patch") return type;
  return "other";
}
function computeLibyears(from, to) {
  if (from === null || to === null) return null;
  const a = Date.parse(from);
  const b = Date.parse(to);
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return roundHundredths(Math.max(0, b - a) / YEAR_MS);
}

// src/drift/python-compat.ts
var grid = null;
function pythonGrid() {
  if (grid === null) {
    grid = [];
    for (let major = 2n; major <= 4n; major++)
      for (let minor = 0n; minor <= 40n; minor++)
        for (let patch = 0n; patch <= 40n; patch++)
          grid.push(
            makeVersion({
              epoch: 0n,
              release: [major, minor, patch],
              pre: null,
              post: null,
              dev: null,
              local: null
            })
          );
  }
  return grid;
}
var lowestCache = createBoundedCache(1e4);
function lowestPython(text3) {
  return lowestCache.get(text3, () => {
    const parsed = parseSpecifierSet(text3);
    if (!parsed.ok) return void 0;
    const i = pythonGrid().findIndex((v) => contains(parsed.value, v));
    return i < 0 ? null : i;
  });
}
function pythonCompatibility(projectRequiresPython) {
  const text3 = projectRequiresPython?.trim() ?? "";
  const floor = text3 === "" ? void 0 : lowestPython(text3);
  if (floor === void 0 || floor === null) return () => true;
  return (release) => {
    if (release === null || release.trim() === "") return true;
    const lowest = lowestPython(release);
    if (lowest === void 0) return true;
    return lowest !== null && lowest <= floor;
  };
}

// src/drift/current-versions.ts
import { posix as posix16 } from "node:path";
function versionIdentity2(version3) {
  return versionKey(version3).map((atom) => typeof atom === "symbol" ? "^" : String(atom)).join(".");
}
function listDriftPackages(projects) {
  const out = /* @__PURE__ */ new Map();
  for (const current of collectCurrentVersions(projects)) {
    const names = out.get(current.project) ?? [];
    if (!names.includes(current.package)) names.push(current.package);
    out.set(current.project, names);
  }
  return out;
}
function collectCurrentVersions(projects) {
  const owners = findLockOwners2(projects);
  const found = /* @__PURE__ */ new Map();
  const add = (project, rawName, text3, source) => {
    const version3 = parseVersion(text3);
    if (version3 === null) return;
    const name2 = normalizeName(rawName);
    const key = `${project}\0${name2}\0${versionIdentity2(version3)}`;
    const current = found.get(key) ?? {
      project,
      package: name2,
      version: version3,
      sources: [],
      fromLock: source.kind === "locked"
    };
    if (source.kind === "locked" && !current.fromLock) {
      current.version = version3;
      current.fromLock = true;
    }
    if (!current.sources.some(
      (s) => s.file === source.file && s.line === source.line
    ))
      current.sources.push(source);
    found.set(key, current);
  };
  for (const project of projects) {
    for (const r of project.requirements) {
      if (r.url !== null || r.group === "build") continue;
      const pinned = findPinnedVersion(r.specifier);
      if (pinned !== null)
        add(project.path, r.name, pinned, {
          kind: "pinned",
          file: r.file,
          line: r.line
        });
    }
    for (const l of project.locked) {
      if (l.version === null) continue;
      if (l.source !== "registry" && l.source !== "unknown") continue;
      if (owners.get(l.file) !== project.path) continue;
      add(project.path, l.name, l.version, {
        kind: "locked",
        file: l.file,
        line: l.line
      });
    }
  }
  return [...found.values()].map(({ fromLock: _, ...current }) => ({
    ...current,
    sources: current.sources.sort(
      (a, b) => compareStrings3(a.file, b.file) || a.line - b.line
    )
  }));
}
function findLockOwners2(projects) {
  const owners = /* @__PURE__ */ new Map();
  const sorted = [...projects].sort((a, b) => compareStrings3(a.path, b.path));
  for (const project of sorted)
    for (const file of project.files)
      if (file.kind !== "pyproject" && file.kind !== "requirements") {
        if (!owners.has(file.path)) owners.set(file.path, project.path);
      }
  for (const project of sorted)
    for (const entry of project.locked) {
      if (owners.has(entry.file)) continue;
      const directory = posix16.dirname(entry.file);
      owners.set(
        entry.file,
        sorted.find((p) => p.path === directory)?.path ?? project.path
      );
    }
  return owners;
}

// src/drift/release-pool.ts
function buildReleasePool(current, listed) {
  const parsed = listed.flatMap((summary2) => {
    const version3 = parseVersion(summary2.version);
    return version3 === null ? [] : [{ version: version3, summary: summary2 }];
  });
  const label = current.local === null ? null : localLabel(current);
  if (label !== null && parsed.some((r) => localLabel(r.version) === label))
    return {
      current,
      releases: mergeEqual(
        parsed.filter((r) => localLabel(r.version) === label),
        (v) => v
      )
    };
  return {
    current: publicVersion(current),
    releases: mergeEqual(parsed, publicVersion)
  };
}
function localLabel(v) {
  return v.local === null ? null : v.local.join(".");
}
function publicVersion(v) {
  return v.local === null ? v : parseVersion(v.public) ?? v;
}
function mergeEqual(list, as) {
  const groups = /* @__PURE__ */ new Map();
  for (const r of list) {
    const version3 = as(r.version);
    const key = versionIdentity2(version3);
    const group = groups.get(key) ?? { version: version3, variants: [] };
    group.variants.push(r.summary);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => summarize(g.version, g.variants)).sort((a, b) => compareVersions(a.version, b.version));
}
function summarize(version3, variants) {
  const yanked = variants.every((v) => v.yanked);
  const installable = yanked ? variants : variants.filter((v) => !v.yanked);
  let uploadTime = null;
  let uploaded = null;
  for (const v of variants) {
    const at2 = v.uploadTime === null ? Number.NaN : Date.parse(v.uploadTime);
    if (Number.isNaN(at2)) continue;
    if (uploaded === null || at2 < uploaded.getTime()) {
      uploaded = new Date(at2);
      uploadTime = v.uploadTime;
    }
  }
  return {
    version: version3,
    yanked,
    yankedReason: yanked ? variants.map((v) => v.yankedReason).find((r) => r) ?? null : null,
    uploadTime,
    uploaded,
    requiresPython: installable.map((v) => v.requiresPython)
  };
}

// src/drift/compute-entry.ts
function computeEntry(current, listing, context) {
  const permitted = policyFilter(current.package, context.rules);
  const base = {
    project: current.project,
    package: current.package,
    current: current.version.text,
    sources: current.sources,
    status: "unknown",
    unchecked: null,
    note: null,
    currentOnIndex: null,
    currentUploaded: null,
    yankedReason: null,
    latest: null,
    latestUploaded: null,
    updateType: null,
    behind: { major: 0, minor: 0, patch: 0, other: 0, total: 0 },
    libyears: null,
    allowed: null,
    currentAllowed: permitted(current.version),
    notYet: null,
    pythonExcluded: null
  };
  if (listing === void 0)
    return {
      ...base,
      unchecked: "offline",
      note: "not checked (offline: no package index asked)"
    };
  if (!listing.lookup.ok)
    return {
      ...base,
      unchecked: "index-error",
      note: `the index could not be read: ${listing.lookup.error}`
    };
  if (listing.lookup.value === null)
    return {
      ...base,
      unchecked: "not-on-index",
      note: `not on the index ${listing.index}`
    };
  const pool = buildReleasePool(current.version, listing.lookup.value);
  return {
    ...base,
    ...comparePosition(pool.current, pool.releases),
    ...judgeByPolicy(pool.current, pool.releases, permitted, current, context)
  };
}
function comparePosition(current, releases) {
  const onIndex = releases.find(
    (r) => compareVersions(r.version, current) === 0
  );
  const latest2 = eligibleReleases(current, releases).at(-1) ?? null;
  const behindReleases = latest2 === null ? [] : eligibleReleases(current, releases).filter(
    (r) => compareVersions(r.version, current) > 0 && compareVersions(r.version, latest2.version) <= 0
  );
  const behind2 = behindReleases.length > 0;
  const currentUploaded = onIndex?.uploadTime ?? null;
  const latestUploaded = latest2?.uploadTime ?? null;
  return {
    status: onIndex?.yanked ? "yanked" : behind2 ? "behind" : "up-to-date",
    note: onIndex ? null : "this version is not on the index",
    currentOnIndex: onIndex !== void 0,
    currentUploaded,
    yankedReason: onIndex?.yanked ? onIndex.yankedReason : null,
    latest: latest2?.version.text ?? null,
    latestUploaded,
    updateType: behind2 && latest2 !== null ? classifyStep(current, latest2.version) : null,
    behind: countBehind(current, behindReleases),
    libyears: computeLibyears(
      currentUploaded,
      behind2 ? latestUploaded : currentUploaded
    )
  };
}
function eligibleReleases(current, releases) {
  const withPre = isPrerelease(current);
  return releases.filter(
    (r) => !r.yanked && (withPre || !isPrerelease(r.version))
  );
}
function judgeByPolicy(current, releases, permitted, entry, context) {
  const cooldown = context.rules ? context.rules.cooldown.packages[entry.package] ?? context.rules.cooldown.default : 0;
  const excludeNewer = context.excludeNewer === null ? null : parseExcludeNewer(context.excludeNewer);
  const servesPython = pythonCompatibility(context.requiresPython);
  const byPolicy = eligibleReleases(current, releases).filter(
    (r) => permitted(r.version) && // uv refuses releases after the project's exclude-newer: no policy can allow them.
    !(excludeNewer !== null && r.uploaded !== null && r.uploaded > excludeNewer)
  );
  const candidates = byPolicy.filter(
    (r) => r.requiresPython.some(servesPython)
  );
  const ripe = (r) => r.uploaded === null || r.uploaded.getTime() + cooldown <= context.now.getTime();
  const allowed = candidates.filter(ripe).at(-1) ?? null;
  const newest = candidates.at(-1) ?? null;
  const newestByPolicy = byPolicy.at(-1) ?? null;
  const excluded = newestByPolicy !== null && newestByPolicy !== newest && compareVersions(newestByPolicy.version, current) > 0 ? newestByPolicy : null;
  return {
    allowed: allowed?.version.text ?? null,
    notYet: newest !== null && !ripe(newest) && newest.uploaded !== null && compareVersions(newest.version, current) > 0 ? {
      version: newest.version.text,
      allowedAt: new Date(
        newest.uploaded.getTime() + cooldown
      ).toISOString()
    } : null,
    pythonExcluded: excluded === null ? null : {
      version: excluded.version.text,
      requiresPython: excluded.requiresPython.find((r) => r !== null) ?? "",
      projectRequiresPython: context.requiresPython ?? ""
    }
  };
}
function policyFilter(name2, rules) {
  const policy = rules?.packages[name2];
  if (!policy) return () => true;
  const allowed = policy.allowed ? parseSet(policy.allowed) : null;
  const banned = policy.banned.map(parseSet).filter((s) => s !== null);
  return (version3) => (allowed === null || contains(allowed, version3)) && !banned.some((set) => contains(set, version3));
}
function parseSet(text3) {
  const parsed = parseSpecifierSet(text3);
  return parsed.ok ? parsed.value : null;
}

// src/drift/drift-fleet.ts
function computeFleet(repositories) {
  const byPackage = /* @__PURE__ */ new Map();
  for (const repository of repositories)
    for (const entry of repository.entries) {
      const pkg = byPackage.get(entry.package) ?? {
        versions: /* @__PURE__ */ new Map(),
        entries: []
      };
      pkg.entries.push(entry);
      const key = identity(entry.current);
      const slot = pkg.versions.get(key) ?? {
        version: entry.current,
        locations: []
      };
      if (!slot.locations.some(
        (l) => l.repository === repository.name && l.project === entry.project
      ))
        slot.locations.push({
          repository: repository.name,
          project: entry.project
        });
      pkg.versions.set(key, slot);
      byPackage.set(entry.package, pkg);
    }
  return [...byPackage].sort(([a], [b]) => compareStrings3(a, b)).map(([name2, pkg]) => ({
    package: name2,
    versions: [...pkg.versions.values()].map((v) => ({ ...v, locations: v.locations.sort(compareLocations) })).sort(
      (a, b) => b.locations.length - a.locations.length || compareLoosely2(b.version, a.version)
    ),
    latest: fleetLatest(pkg.entries)
  }));
}
function fleetLatest(entries) {
  const allPre = entries.every((e) => isPrereleaseText(e.current));
  let latest2 = null;
  for (const e of entries) {
    if (e.latest === null) continue;
    if (!allPre && isPrereleaseText(e.latest)) continue;
    if (latest2 === null || compareLoosely2(e.latest, latest2) > 0)
      latest2 = e.latest;
  }
  return latest2;
}
function isPrereleaseText(text3) {
  const v = parseVersion(text3);
  return v !== null && isPrerelease(v);
}
function identity(text3) {
  const v = parseVersion(text3);
  return v === null ? `\0${text3}` : versionIdentity2(v);
}
function compareLocations(a, b) {
  return compareStrings3(a.repository, b.repository) || compareStrings3(a.project, b.project);
}

// src/rollout/rollout-plan.ts
var dateTime = nullable(iso_exports.datetime({ offset: true }));
var text = string2().check(_maxLength(1e4));
var rolloutPlanSchema = strictObject({
  package: text,
  target: text,
  waves: array(
    strictObject({
      wave: number2().check(int(), _gte(0)),
      canary: boolean2(),
      projects: array(text),
      command: text,
      state: _enum(["ready", "soaking", "soaked", "waiting", "done"]),
      adoptedAt: dateTime,
      soakEndsAt: dateTime
    })
  )
});

// src/model/drift-report.ts
function isDrifting(entry) {
  return entry.status === "behind" || entry.status === "yanked";
}

// src/drift/drift-report.ts
var nonNegative = number2().check(int(), _gte(0));
var text2 = string2().check(_maxLength(1e4));
var version2 = string2().check(
  _maxLength(200),
  refine((v) => parseVersion(v)?.text === v, {
    message: "not a normalized PEP 440 version"
  })
);
var dateTime2 = iso_exports.datetime({ offset: true });
var driftEntrySchema = strictObject({
  project: text2,
  package: text2,
  current: version2,
  sources: array(
    strictObject({
      kind: _enum(["pinned", "locked"]),
      file: text2,
      line: nonNegative
    })
  ).check(_maxLength(1e4)),
  status: _enum(["behind", "up-to-date", "yanked", "unknown"]),
  // Fields added after the first release default, so a fleet can merge reports of older pin-audit versions.
  unchecked: _default(
    nullable(
      _enum(["offline", "audit-report", "index-error", "not-on-index"])
    ),
    null
  ),
  note: nullable(text2),
  currentOnIndex: _default(nullable(boolean2()), null),
  currentUploaded: nullable(dateTime2),
  yankedReason: nullable(text2),
  latest: nullable(version2),
  latestUploaded: nullable(dateTime2),
  updateType: nullable(_enum(["major", "minor", "patch", "other"])),
  behind: strictObject({
    major: nonNegative,
    minor: nonNegative,
    patch: nonNegative,
    other: _default(nonNegative, 0),
    total: nonNegative
  }),
  libyears: nullable(number2().check(_gte(0))),
  allowed: nullable(version2),
  currentAllowed: boolean2(),
  notYet: nullable(strictObject({ version: version2, allowedAt: dateTime2 })),
  pythonExcluded: _default(
    nullable(
      strictObject({
        version: version2,
        requiresPython: text2,
        projectRequiresPython: text2
      })
    ),
    null
  )
});
var driftRepositorySchema = strictObject({
  name: text2,
  policy: text2,
  projects: array(text2),
  entries: array(driftEntrySchema),
  rollout: optional(array(rolloutPlanSchema))
});
var driftReportSchema = strictObject({
  schemaVersion: literal(1),
  kind: literal("drift"),
  tool: strictObject({ name: text2, version: text2 }),
  generatedAt: dateTime2,
  repositories: array(driftRepositorySchema),
  // Derived data: recomputed on merge, so only its shape is checked.
  fleet: array(unknown()),
  summary: record(string2(), number2())
});

// src/drift/compute-drift.ts
function computeRepositoryDrift(input) {
  const entries = collectCurrentVersions(input.projects).map((current) => {
    const project = input.projects.find((p) => p.path === current.project);
    return computeEntry(
      current,
      input.releases(current.project, current.package),
      {
        rules: input.rules,
        excludeNewer: project?.excludeNewer ?? null,
        requiresPython: project ? findPythonRange(project, input.projects) : null,
        now: input.now
      }
    );
  });
  return {
    name: input.name,
    policy: input.policy,
    projects: input.projects.map((p) => p.path).sort(compareStrings3),
    entries: entries.sort(compareEntries)
  };
}
function buildDriftReport(repositories, generatedAt) {
  const sorted = [...repositories].sort(
    (a, b) => compareStrings3(a.name, b.name)
  );
  const entries = sorted.flatMap((r) => r.entries);
  const count2 = (status) => entries.filter((e) => e.status === status).length;
  const drifting = entries.filter(isDrifting);
  return {
    schemaVersion: 1,
    kind: "drift",
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    generatedAt: generatedAt.toISOString(),
    repositories: sorted,
    fleet: computeFleet(sorted),
    summary: {
      repositories: sorted.length,
      projects: sorted.reduce((n, r) => n + r.projects.length, 0),
      versions: entries.length,
      behind: count2("behind"),
      yanked: count2("yanked"),
      unknown: count2("unknown"),
      upToDate: count2("up-to-date"),
      libyears: roundHundredths(
        drifting.reduce((sum, e) => sum + (e.libyears ?? 0), 0)
      ),
      libyearsUnknown: drifting.filter((e) => e.libyears === null).length
    }
  };
}
function findPythonRange(project, projects) {
  const root = project.workspace ?? null;
  const members2 = root === null ? [project] : projects.filter((p) => p.path === root || p.workspace === root);
  const ranges = [
    ...new Set(
      members2.map((p) => p.requiresPython?.trim() ?? "").filter((text3) => text3 !== "")
    )
  ];
  return ranges.length === 0 ? null : ranges.join(", ");
}
function compareEntries(a, b) {
  return compareStrings3(a.project, b.project) || compareStrings3(a.package, b.package) || compareLoosely2(a.current, b.current);
}

// src/drift/drift-repository.ts
async function driftRepository(options) {
  const now = options.now ?? /* @__PURE__ */ new Date();
  const audit = await auditRepository({
    ...options,
    today: options.today ?? now
  });
  const loaded = await loadPolicy(options.root, options.policyPath);
  const lists = await gatherReleaseLists(
    audit.projects,
    listDriftPackages(audit.projects),
    {
      offline: options.offline ?? true,
      indexUrl: options.indexUrl ?? loaded.policy.indexUrl,
      cacheDir: options.cacheDir ?? null,
      http: {
        concurrency: options.indexConcurrency ?? loaded.policy.indexConcurrency
      },
      env: options.networkEnv ?? options.env ?? {},
      // As in auditRepository: the token comes only from `indexToken`, never from the `${VAR}` environment.
      token: options.indexToken ?? null
    }
  );
  const repository = computeRepositoryDrift({
    name: options.name ?? audit.root,
    policy: audit.policy.description,
    projects: audit.projects,
    rules: loaded.policy,
    releases: (project, name2) => lists.listings.get(projectPackageKey(project, name2)),
    now
  });
  const rollout = await planRepositoryRollout(
    options.root,
    audit,
    loaded.policy,
    repository.entries,
    now
  );
  if (rollout.length > 0) repository.rollout = rollout;
  return { drift: buildDriftReport([repository], now), audit };
}

// src/drift/drift-item.ts
function itemDrifts(i) {
  return i[5] > 0 || i[6] !== "";
}
function itemKey(i) {
  return `${i[0]}\0${i[1]}\0${i[2]}`;
}

// src/drift/drift-delta.ts
function computeDelta(state) {
  if (state.prev === null || state.prevAt === null) return null;
  const before = new Map(state.prev.map((i) => [itemKey(i), i]));
  const after = new Set(state.items.map(itemKey));
  const delta = {
    since: state.prevAt,
    added: [],
    yanked: [],
    further: [],
    reduced: [],
    moved: [],
    resolved: [],
    unchecked: []
  };
  for (const a of state.items) {
    const b = before.get(itemKey(a));
    const category = classifyChange(b, a);
    if (category !== null) delta[category].push(row(a, b, a));
  }
  for (const b of state.prev)
    if (!after.has(itemKey(b)) && itemDrifts(b))
      delta.resolved.push(row(b, b, void 0));
  return delta;
}
function classifyChange(b, a) {
  if (a[7] !== "ok") return "unchecked";
  const yankedBefore = new Set(b && itemDrifts(b) ? splitList(b[6]) : []);
  if (splitList(a[6]).some((v) => !yankedBefore.has(v))) return "yanked";
  if (b === void 0 || !itemDrifts(b)) return itemDrifts(a) ? "added" : null;
  if (a[5] > b[5]) return "further";
  if (a[5] < b[5]) return "reduced";
  if (a[3] !== b[3] || a[4] !== b[4]) return "moved";
  return null;
}
function splitList(text3) {
  return text3 === "" ? [] : text3.split(",");
}
function side(i) {
  return itemDrifts(i) ? { versions: i[3], latest: i[4], behind: i[5], yanked: i[6] } : null;
}
function row(i, b, a) {
  const checked = a === void 0 || a[7] === "ok";
  return {
    repository: i[0],
    project: i[1],
    package: i[2],
    before: b ? side(b) : null,
    after: a && checked ? side(a) : null,
    unchecked: a && !checked ? a[7] : null
  };
}

// src/drift/drift-state.ts
var STATE_PREFIX = "<!-- pin-audit:drift-state ";
var STATE_SUFFIX = " -->";
var MAX_STATE_CHARS = 65536;
var name = string2().check(_maxLength(1e3));
var versionList = string2().check(_maxLength(1e3));
var latest = nullable(string2().check(_maxLength(200)));
var behind = number2().check(int(), _gte(0), _lte(1e6));
var item = tuple([
  name,
  name,
  string2().check(_maxLength(200)),
  versionList,
  latest,
  behind,
  versionList,
  _enum(["ok", "offline", "audit-report", "index-error", "not-on-index"])
]);
var itemV1 = tuple([
  name,
  name,
  string2().check(_maxLength(200)),
  versionList,
  latest,
  behind,
  union([literal(0), literal(1)])
]);
var day = string2().check(_regex(/^\d{4}-\d{2}-\d{2}$/));
var stateSchema = union([
  strictObject({
    v: literal(2),
    at: day,
    items: array(item).check(_maxLength(2e4)),
    prev: nullable(array(item).check(_maxLength(2e4))),
    prevAt: nullable(day)
  }),
  strictObject({
    v: literal(1),
    at: day,
    items: array(itemV1).check(_maxLength(2e4)),
    prev: nullable(array(itemV1).check(_maxLength(2e4))),
    prevAt: nullable(day)
  })
]);
function snapshotDrift(report3) {
  const byKey = /* @__PURE__ */ new Map();
  for (const repository of report3.repositories)
    for (const entry of repository.entries) {
      const key = `${repository.name}\0${entry.project}\0${entry.package}`;
      const slot = byKey.get(key) ?? {
        repository: repository.name,
        entries: []
      };
      slot.entries.push(entry);
      byKey.set(key, slot);
    }
  const items = [];
  for (const { repository, entries } of byKey.values()) {
    const first = entries[0];
    if (first === void 0) continue;
    const checked = entries.filter((e) => e.status !== "unknown");
    if (checked.length === 0) {
      const check = first.unchecked ?? "offline";
      items.push([
        repository,
        first.project,
        first.package,
        "",
        null,
        0,
        "",
        check
      ]);
      continue;
    }
    const drifting = checked.filter(isDrifting);
    if (drifting.length === 0) continue;
    let newest = null;
    for (const e of drifting)
      if (e.latest !== null && (newest === null || compareLoosely2(e.latest, newest) > 0))
        newest = e.latest;
    items.push([
      repository,
      first.project,
      first.package,
      listVersions(drifting),
      newest,
      maxOf(drifting.map((e) => e.behind.total)),
      listVersions(drifting.filter((e) => e.status === "yanked")),
      "ok"
    ]);
  }
  return items.sort(compareItems);
}
function listVersions(entries) {
  return entries.map((e) => e.current).sort(compareLoosely2).join(",");
}
function advanceState(previous, items, now) {
  const today = now.toISOString().slice(0, 10);
  const known = new Map((previous?.items ?? []).map((i) => [itemKey(i), i]));
  const carried = items.flatMap((i) => {
    if (i[7] === "ok") return [i];
    const before = known.get(itemKey(i));
    if (before === void 0 || !itemDrifts(before)) return [];
    return [
      [i[0], i[1], i[2], before[3], before[4], before[5], before[6], i[7]]
    ];
  });
  if (previous && sameItems(previous.items, carried)) return previous;
  return {
    v: 2,
    at: today,
    items: carried,
    prev: previous?.items ?? null,
    prevAt: previous?.at ?? null
  };
}
function encodeState(state) {
  const json = JSON.stringify(state);
  return `${STATE_PREFIX}${Buffer.from(json, "utf8").toString("base64")}${STATE_SUFFIX}`;
}
function readState(body) {
  if (typeof body !== "string") return null;
  const start = body.lastIndexOf(STATE_PREFIX);
  if (start < 0) return null;
  const end = body.indexOf(STATE_SUFFIX, start + STATE_PREFIX.length);
  if (end < 0) return null;
  const encoded = body.slice(start + STATE_PREFIX.length, end).trim();
  if (encoded.length > MAX_STATE_CHARS || !/^[A-Za-z0-9+/]*={0,2}$/.test(encoded))
    return null;
  try {
    const parsed = stateSchema.safeParse(
      JSON.parse(Buffer.from(encoded, "base64").toString("utf8"))
    );
    if (!parsed.success) return null;
    const state = parsed.data;
    if (state.v === 2) return state;
    const upgrade = (items) => items.map((i) => [
      i[0],
      i[1],
      i[2],
      i[3],
      i[4],
      i[5],
      i[6] ? i[3] : "",
      "ok"
    ]);
    return {
      v: 2,
      at: state.at,
      items: upgrade(state.items),
      prev: state.prev === null ? null : upgrade(state.prev),
      prevAt: state.prevAt
    };
  } catch {
    return null;
  }
}
function sameItems(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function compareItems(a, b) {
  return compareStrings3(a[0], b[0]) || compareStrings3(a[1], b[1]) || compareStrings3(a[2], b[2]);
}
function issueState(state) {
  return { encoded: encodeState(state), delta: computeDelta(state) };
}

// src/report/drift-wording.ts
function describeBehind(e) {
  const parts = [];
  for (const k of ["major", "minor", "patch"])
    if (e.behind[k] > 0) parts.push(`${e.behind[k]} ${k}`);
  const other = e.behind.other ?? 0;
  if (other > 0) parts.push(`${other} pre/post/dev`);
  return parts.join(", ");
}
function describeAllowed(e, code) {
  const parts = [];
  if (!e.currentAllowed) parts.push(`${code(e.current)} is outside the policy`);
  if (e.status !== "unknown") {
    if (e.allowed === null) parts.push("no release");
    else {
      const order = compareLoosely2(e.allowed, e.current);
      parts.push(
        order > 0 ? code(e.allowed) : order === 0 ? `${code(e.allowed)} (in use)` : `up to ${code(e.allowed)}`
      );
    }
  }
  if (e.notYet)
    parts.push(
      `${code(e.notYet.version)} not yet (cooldown ends ${formatMoment(e.notYet.allowedAt, code)})`
    );
  const py = e.pythonExcluded;
  if (py)
    parts.push(
      `not ${code(py.version)}: it requires Python ${code(py.requiresPython)}, the project supports ${code(py.projectRequiresPython)}`
    );
  return parts.join("; ");
}
function formatMoment(at2, code) {
  const ms = Date.parse(at2);
  return Number.isNaN(ms) ? code(at2) : formatUtc(new Date(ms));
}
function describeSpread(p, multi, code) {
  return p.versions.map(
    (v) => `${code(v.version)} on ${v.locations.length <= 3 ? v.locations.map((l) => code(locationLabel(l, multi))).join(", ") : plural(v.locations.length, "project")}`
  ).join("; ");
}
function locationLabel(l, multi) {
  if (!multi) return l.project;
  return l.project === "." ? l.repository : `${l.repository}:${l.project}`;
}
function describeLibyears(summary2) {
  const unknown2 = summary2.libyearsUnknown ?? 0;
  if (summary2.libyears <= 0 && unknown2 === 0) return "";
  const missing = unknown2 === 0 ? "" : `${summary2.libyears > 0 ? ", not counting" : "libyears unknown for"} ${plural(unknown2, "version")} the index gave no upload time for`;
  return summary2.libyears > 0 ? `${formatYears(summary2.libyears)} libyears in all${missing}` : missing.trimStart();
}
function formatYears(years) {
  return (Math.round(years * 10) / 10).toFixed(1);
}
function countRepositories(n) {
  return n === 1 ? "1 repository" : `${n} repositories`;
}
var UNCHECKED_LABELS = {
  "not-on-index": "not on the index",
  "index-error": "the index could not be read",
  offline: "not checked, offline",
  "audit-report": "not checked, from an audit report"
};
function groupUnchecked(report3) {
  const byReason = /* @__PURE__ */ new Map();
  for (const r of report3.repositories)
    for (const e of r.entries) {
      if (e.status !== "unknown") continue;
      const reason = e.unchecked ?? "index-error";
      const names = byReason.get(reason) ?? /* @__PURE__ */ new Set();
      names.add(e.package);
      byReason.set(reason, names);
    }
  return Object.keys(UNCHECKED_LABELS).filter((reason) => byReason.has(reason)).map((reason) => ({
    reason,
    packages: [...byReason.get(reason) ?? []].sort(compareStrings3)
  }));
}

// src/report/render-drift-delta.ts
var UNCHECKED = {
  "index-error": "index error",
  "not-on-index": "not on the index",
  offline: "offline",
  "audit-report": "from an audit report"
};
var SECTIONS = [
  { key: "resolved", icon: "\u2705", label: "resolved", always: true },
  { key: "added", icon: "\u{1F195}", label: "new", always: true },
  { key: "further", icon: "\u2B07\uFE0F", label: "drifted further", always: true },
  { key: "reduced", icon: "\u2B06\uFE0F", label: "closer", always: true },
  { key: "yanked", icon: "\u26A0\uFE0F", label: "newly yanked", always: false },
  { key: "moved", icon: "\u2194\uFE0F", label: "moved", always: false },
  { key: "unchecked", icon: "\u2754", label: "not checked", always: false }
];
function renderDelta(delta, maxRows, multi) {
  const total = SECTIONS.reduce((n, s) => n + delta[s.key].length, 0);
  const counts = SECTIONS.filter((s) => s.always || delta[s.key].length > 0).map((s) => `${delta[s.key].length} ${s.label}`).join(", ");
  const lines = [
    `**Since the report of ${escapeMarkdown(delta.since)}:** ${total === 0 ? "no change." : `${counts}.`}`,
    ""
  ];
  let cut = 0;
  for (const s of SECTIONS) {
    const rows = delta[s.key];
    const shown = rows.slice(0, maxRows);
    cut += rows.length - shown.length;
    for (const r of shown)
      lines.push(`- ${s.icon} ${s.label}: ${describeDeltaRow(r, multi)}`);
  }
  if (total > 0) lines.push("");
  return { lines, cut };
}
function describeDeltaRow(r, multi) {
  const where = multi ? `${codeSpan(r.repository)} ${codeSpan(r.project)}` : codeSpan(r.project);
  const subject = `${codeSpan(r.package)} in ${where}`;
  if (r.unchecked !== null)
    return `${subject}: ${UNCHECKED[r.unchecked]}${r.before ? ` (last checked: ${describeSide(r.before)})` : ""}`;
  const before = r.before ? `was ${describeSide(r.before)}` : "";
  const after = r.after ? `now ${describeSide(r.after)}` : "";
  return `${subject}${before || after ? ` (${[before, after].filter(Boolean).join("; ")})` : ""}`;
}
function describeSide(s) {
  const yanked = s.yanked === "" ? "" : s.yanked === s.versions ? " yanked" : ` (yanked: ${codeSpan(s.yanked)})`;
  return `${codeSpan(s.versions)}${yanked}, ${plural(s.behind, "release")} behind${s.latest ? ` ${codeSpan(s.latest)}` : ""}`;
}

// src/report/render-rollout-plan.ts
function renderRolloutPlanMarkdown(report3) {
  const multi = report3.repositories.length > 1;
  const plans = report3.repositories.flatMap(
    (r) => (r.rollout ?? []).map((plan) => ({ repository: r.name, plan }))
  );
  if (plans.length === 0) return [];
  const out = [
    `<details open><summary><b>Rollout plan</b>: ${plural(plans.length, "package")} to move, canary first</summary>`,
    ""
  ];
  for (const { repository, plan } of plans) {
    const where = multi ? `${codeSpan(repository)}: ` : "";
    out.push(
      `${where}**${codeSpan(plan.package)} to ${codeSpan(plan.target)}**`,
      ""
    );
    for (const [i, wave] of plan.waves.entries()) {
      const projects = wave.projects.map(codeSpan).join(", ");
      out.push(
        `${i + 1}. ${wave.canary ? "Canary" : `Wave ${wave.wave}`} (${projects}): ${describeWave(wave, plan)}`,
        `   ${codeSpan(wave.command)}`
      );
    }
    out.push("");
  }
  out.push("</details>", "");
  return out;
}
function describeWave(wave, plan) {
  const canary = plan.waves.find((w) => w.canary);
  switch (wave.state) {
    case "done":
      return `done: runs ${plan.target}`;
    case "ready":
      return wave.canary ? "ready: move the canary now" : "ready: the canary's soak is over";
    case "soaking":
      return wave.adoptedAt === null ? "runs it; since when is unknown (no git history), so the soak cannot be confirmed" : `runs it since ${formatMoment2(wave.adoptedAt)}; the soak ends ${formatMoment2(wave.soakEndsAt)}`;
    case "soaked":
      return `runs it since ${formatMoment2(wave.adoptedAt)}; soak over, the next wave is ready`;
    case "waiting": {
      const previous = plan.waves[plan.waves.indexOf(wave) - 1];
      if (previous === void 0 || previous === canary)
        return canary?.soakEndsAt ? `waiting for the canary's soak (ends ${formatMoment2(canary.soakEndsAt)})` : "waiting for the canary to move and soak";
      return `waiting for wave ${previous.wave}`;
    }
  }
}
function formatMoment2(at2) {
  if (at2 === null) return "unknown";
  return formatUtc(new Date(at2));
}

// src/report/render-drift.ts
var DRIFT_MARKER = "<!-- pin-audit:drift -->";
var LEVELS2 = [
  {
    projects: Number.POSITIVE_INFINITY,
    rowsPerProject: Number.POSITIVE_INFINITY,
    spreadRows: Number.POSITIVE_INFINITY,
    deltaRows: Number.POSITIVE_INFINITY
  },
  { projects: 200, rowsPerProject: 50, spreadRows: 100, deltaRows: 50 },
  { projects: 100, rowsPerProject: 20, spreadRows: 40, deltaRows: 20 },
  { projects: 30, rowsPerProject: 5, spreadRows: 10, deltaRows: 5 },
  { projects: 0, rowsPerProject: 0, spreadRows: 0, deltaRows: 0 }
];
function* renderDriftJsonChunks(report3) {
  yield* stringifyInPieces(report3, 0, 3);
  yield "\n";
}
function renderDriftIssue(report3, state, options = {}) {
  const encoded = state.encoded;
  const limit = options.maxLength ?? COMMENT_LIMIT;
  const stateLine = encoded.length <= limit / 2 ? encoded : "<!-- pin-audit:drift-state omitted: too large to embed -->";
  const room = (options.maxLength ?? COMMENT_LIMIT) - DRIFT_MARKER.length - stateLine.length - 4;
  const markdown = renderDriftMarkdown(report3, {
    ...options,
    maxLength: room,
    delta: state.delta
  });
  return `${DRIFT_MARKER}
${markdown.trimEnd()}

${stateLine}
`;
}
function renderDriftMarkdown(report3, options = {}) {
  return fitToLength(
    options.maxLength,
    LEVELS2,
    (limits) => renderWithLimits(report3, options, limits)
  );
}
function renderWithLimits(report3, options, limits) {
  const multi = report3.repositories.length > 1;
  const out = [
    `### ${renderDriftVerdict(report3, options.title)}`,
    "",
    describeChecked(report3, multi)
  ];
  if (!multi && report3.repositories[0])
    out.push(`Policy: ${escapeMarkdown(report3.repositories[0].policy)}.`);
  out.push("");
  let cut = 0;
  if (options.delta) {
    const section = renderDelta(options.delta, limits.deltaRows, multi);
    cut += section.cut;
    append(out, section.lines);
  }
  const allGroups = groupDrifting(report3);
  const groups = allGroups.slice(0, limits.projects);
  cut += allGroups.length - groups.length;
  append(out, renderProjectTable(groups, multi));
  append(out, renderRolloutPlanMarkdown(report3));
  const spread = report3.fleet.filter((p) => p.versions.length > 1);
  if (spread.length > 0) {
    const shown = spread.slice(0, limits.spreadRows);
    cut += spread.length - shown.length;
    out.push(
      `<details open><summary><b>Versions in use</b>: ${plural(spread.length, "package")} on more than one version</summary>`,
      ""
    );
    if (shown.length > 0) {
      out.push("| Package | In use | Latest |", "|---|---|---|");
      for (const p of shown)
        out.push(
          `| ${codeSpan(p.package)} | ${describeSpread(p, multi, codeSpan)} | ${p.latest ? codeSpan(p.latest) : ""} |`
        );
    }
    out.push("", "</details>", "");
  }
  for (const g of groups) {
    const shown = g.entries.slice(0, limits.rowsPerProject);
    cut += g.entries.length - shown.length;
    const label = multi ? `${g.repository}: ${g.project}` : g.project;
    out.push(
      `<details><summary><b>${escapeHtml(label)}</b>: ${describeGroup2(g.entries)}</summary>`,
      ""
    );
    for (const e of shown) out.push(renderEntryItem(e));
    if (shown.length < g.entries.length)
      out.push(
        "",
        `_${plural(g.entries.length - shown.length, "more package")} not shown._`
      );
    out.push("", "</details>", "");
  }
  append(out, renderUnchecked(report3));
  if (cut > 0)
    out.push(
      "Some detail was left out to fit; run `pin-audit drift --format markdown` (or see the job summary) for all of it.",
      ""
    );
  return out.join("\n");
}
function describeChecked(report3, multi) {
  const { summary: summary2 } = report3;
  const years = describeLibyears(summary2);
  return `Checked ${plural(summary2.versions, "pinned or locked version")} in ${plural(summary2.projects, "project")}${multi ? ` of ${countRepositories(summary2.repositories)}` : ""} with ${escapeMarkdown(`${report3.tool.name} ${report3.tool.version}`)}: ${summary2.behind} behind, ${summary2.yanked} yanked, ${summary2.upToDate} up to date, ${summary2.unknown} not checked${years ? `; ${years}` : ""}.`;
}
function renderProjectTable(groups, multi) {
  if (groups.length === 0) return [];
  const out = [
    "| Project | Behind | Yanked | By step | Libyears |",
    "|---|---:|---:|---|---:|"
  ];
  for (const g of groups) {
    const sum = (k) => g.entries.reduce((n, e) => n + (e.behind[k] ?? 0), 0);
    const years = g.entries.reduce((n, e) => n + (e.libyears ?? 0), 0);
    const count2 = (status) => g.entries.filter((e) => e.status === status).length;
    const steps = [
      ["major", sum("major")],
      ["minor", sum("minor")],
      ["patch", sum("patch")],
      ["pre/post/dev", sum("other")]
    ].filter(([, n]) => n > 0).map(([label, n]) => `${n} ${label}`);
    const project = multi ? `${codeSpan(g.repository)}: ${codeSpan(g.project)}` : codeSpan(g.project);
    out.push(
      `| ${project} | ${count2("behind")} | ${count2("yanked")} | ${steps.join(" \xB7 ") || "-"} | ${formatYears(years)} |`
    );
  }
  out.push("");
  return out;
}
function renderUnchecked(report3) {
  return groupUnchecked(report3).flatMap((group) => [
    `${upperFirst(UNCHECKED_LABELS[group.reason])} (${plural(group.packages.length, "package")}): ${group.packages.slice(0, 30).map(codeSpan).join(", ")}${group.packages.length > 30 ? ", ..." : ""}.`,
    ""
  ]);
}
function renderDriftVerdict(report3, title = "pin-audit drift") {
  const { summary: summary2 } = report3;
  const projects = new Set(
    report3.repositories.flatMap(
      (r) => r.entries.filter(isDrifting).map((e) => `${r.name}\0${e.project}`)
    )
  ).size;
  if (summary2.behind + summary2.yanked === 0 && summary2.unknown > 0)
    return summary2.upToDate === 0 ? `\u26A0\uFE0F ${title}: nothing could be checked (${summary2.unknown} not checked)` : `\u26A0\uFE0F ${title}: ${summary2.upToDate} on their latest release, ${summary2.unknown} not checked`;
  if (summary2.behind + summary2.yanked === 0)
    return `\u2705 ${title}: every checked pin is on its latest release${summary2.unknown > 0 ? ` (${summary2.unknown} not checked)` : ""}`;
  const parts = [];
  if (summary2.behind > 0)
    parts.push(`${plural(summary2.behind, "version")} behind`);
  if (summary2.yanked > 0) parts.push(`${summary2.yanked} yanked`);
  return `\u{1F4E6} ${title}: ${parts.join(", ")} in ${plural(projects, "project")}`;
}
function renderEntryItem(e) {
  const uploaded = e.currentOnIndex === false ? " (not on the index)" : e.currentUploaded ? ` (${formatDay2(e.currentUploaded)})` : "";
  const inUse = `${codeSpan(e.current)}${uploaded}${e.status === "yanked" ? ` **yanked**${e.yankedReason ? `: ${escapeMarkdown(e.yankedReason)}` : ""}` : ""}`;
  const latest2 = e.latest ? `${codeSpan(e.latest)}${e.latestUploaded ? ` (${formatDay2(e.latestUploaded)})` : ""}` : "";
  const where = e.sources.map((s) => codeSpan(`${s.file}:${s.line}`)).join(", ");
  const behind2 = describeBehind(e);
  const head = [
    `${codeSpan(e.package)} ${inUse}${latest2 ? ` \u2192 ${latest2}` : ""}`,
    ...behind2 ? [`${behind2} behind`] : [],
    ...e.libyears === null ? [] : [`${formatYears(e.libyears)} libyears`]
  ].join(" \xB7 ");
  const tail = [`policy: ${describeAllowed(e, codeSpan)}`, where].filter(Boolean).join(" \xB7 ");
  return `- ${head}\\
  ${tail}`;
}
function formatDay2(at2) {
  const ms = Date.parse(at2);
  return Number.isNaN(ms) ? escapeMarkdown(at2) : new Date(ms).toISOString().slice(0, 10);
}
function groupDrifting(report3) {
  const groups = [];
  for (const r of report3.repositories) {
    const byProject = /* @__PURE__ */ new Map();
    for (const e of r.entries)
      if (isDrifting(e))
        byProject.set(e.project, [...byProject.get(e.project) ?? [], e]);
    for (const [project, entries] of byProject)
      groups.push({ repository: r.name, project, entries });
  }
  return groups;
}
function describeGroup2(entries) {
  const behind2 = entries.filter((e) => e.status === "behind").length;
  const yanked = entries.filter((e) => e.status === "yanked").length;
  return [
    behind2 > 0 ? `${behind2} behind` : "",
    yanked > 0 ? `${yanked} yanked` : ""
  ].filter(Boolean).join(", ");
}
function upperFirst(text3) {
  return `${text3.charAt(0).toUpperCase()}${text3.slice(1)}`;
}

// src/github/drift-issue.ts
var PER_PAGE4 = 100;
var MAX_PAGES4 = 50;
async function findDriftIssues(client, target) {
  const byLogin = await listDriftIssues(client, target, target.author.login);
  if (byLogin.length > 0 || !target.author.installation) return byLogin;
  return listDriftIssues(client, target, null);
}
async function listDriftIssues(client, target, creator) {
  const found = [];
  const seen = /* @__PURE__ */ new Set();
  for (let page = 1; page <= MAX_PAGES4; page++) {
    const response = await client.request("GET /repos/{owner}/{repo}/issues", {
      owner: target.owner,
      repo: target.repo,
      state: "all",
      ...creator === null ? {} : { creator },
      sort: "created",
      direction: "asc",
      per_page: PER_PAGE4,
      page
    });
    if (!Array.isArray(response.data))
      throw new Error(
        `GET /repos/${target.owner}/${target.repo}/issues: GitHub's answer is not a list of issues (truncated or not JSON)`
      );
    const issues = response.data;
    let fresh = 0;
    for (const i of issues) {
      if (typeof i.number !== "number" || seen.has(i.number)) continue;
      seen.add(i.number);
      fresh++;
      if (i.pull_request !== void 0 && i.pull_request !== null) continue;
      if (!isWrittenBy(i.user, target.author) || typeof i.body !== "string")
        continue;
      if (firstLine(i.body) !== DRIFT_MARKER) continue;
      found.push({
        number: i.number,
        title: typeof i.title === "string" ? i.title : "",
        body: i.body,
        state: i.state === "closed" ? "closed" : "open",
        labels: Array.isArray(i.labels) ? i.labels.map(
          (l) => typeof l === "string" ? l : String(l?.name ?? "")
        ).filter(Boolean) : []
      });
    }
    if (issues.length < PER_PAGE4 || fresh === 0) break;
  }
  return found.sort(
    (a, b) => Number(a.state === "closed") - Number(b.state === "closed") || a.number - b.number
  );
}
async function upsertDriftIssue(client, target, options, content) {
  const [existing] = await findDriftIssues(client, target);
  const { body, drifting, checked } = content(existing?.body ?? null);
  if (!existing) {
    if (!drifting) return { action: "skipped", number: null };
    const created = await client.request("POST /repos/{owner}/{repo}/issues", {
      owner: target.owner,
      repo: target.repo,
      title: options.title,
      body,
      ...options.labels.length > 0 ? { labels: [...options.labels] } : {}
    });
    const number3 = created.data.number;
    return {
      action: "created",
      number: typeof number3 === "number" ? number3 : null
    };
  }
  const patch = {};
  if (!sameBody(existing.body, body)) patch.body = body;
  if (existing.title !== options.title) patch.title = options.title;
  const lower = new Set(existing.labels.map((l) => l.toLowerCase()));
  if (options.labels.some((l) => !lower.has(l.toLowerCase())))
    patch.labels = [
      ...existing.labels,
      ...options.labels.filter((l) => !lower.has(l.toLowerCase()))
    ];
  let action = "updated";
  if (options.closeWhenClean) {
    if (!drifting && checked && existing.state === "open") {
      patch.state = "closed";
      patch.state_reason = "completed";
      action = "closed";
    } else if (drifting && existing.state === "closed") {
      patch.state = "open";
      action = "reopened";
    }
  }
  if (Object.keys(patch).length === 0)
    return { action: "unchanged", number: existing.number };
  await client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
    owner: target.owner,
    repo: target.repo,
    issue_number: existing.number,
    ...patch
  });
  return { action, number: existing.number };
}

// src/fix/fix-repository.ts
import { join as join16, relative as relative4, sep as sep4 } from "node:path";

// src/fix/compile-command.ts
function findCompileCommand(text3) {
  const lines = text3.split(/\r\n|\n|\r/, 20);
  for (const [i, line] of lines.entries()) {
    if (!/^#.*following command:\s*$/i.test(line)) continue;
    for (const next of lines.slice(i + 1)) {
      if (!next.startsWith("#")) return null;
      const command = next.slice(1).trim();
      if (command !== "") return command;
    }
  }
  return null;
}

// src/fix/locate-specifier.ts
var SPACE_CHARS = "\\t \\v\\f\\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000\\ufeff";
var SPACE3 = new RegExp(`[${SPACE_CHARS}]`);
var NAME_AND_EXTRAS = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)([\t ]*\[[^\]\n]*\])?/;
function locatePep508Specifier(text3, from, name2) {
  let start = from;
  while (start < text3.length && SPACE3.test(text3[start])) start++;
  const head = NAME_AND_EXTRAS.exec(text3.slice(start));
  if (head === null || normalizeName(head[1]) !== name2)
    return { ok: false, reason: `the line does not start with \`${name2}\`` };
  const afterHead = start + head[0].length;
  let end = afterHead;
  for (; end < text3.length; end++) {
    const ch = text3[end];
    const spaced = end > afterHead && SPACE3.test(text3[end - 1]);
    if (ch === ";" || ch === "\\") break;
    if ((ch === "#" || ch === "-") && spaced) break;
  }
  let specifierStart = afterHead;
  while (specifierStart < end && SPACE3.test(text3[specifierStart]))
    specifierStart++;
  while (end > specifierStart && SPACE3.test(text3[end - 1])) end--;
  const written = text3.slice(specifierStart, end);
  if (written.startsWith("@"))
    return { ok: false, reason: "the requirement is a direct reference" };
  if (written.includes("$"))
    return {
      ok: false,
      reason: "the specifier uses an environment variable"
    };
  if (written === "")
    return { ok: true, span: { start: afterHead, end: afterHead } };
  return { ok: true, span: { start: specifierStart, end } };
}
function locateInRequirementsLine(line, target) {
  return locatePep508Specifier(line, 0, target.name);
}
function listTomlStrings(line) {
  const strings = [];
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === "#") break;
    if (ch !== '"' && ch !== "'") continue;
    if (line.startsWith(ch.repeat(3), i)) return null;
    const close = line.indexOf(ch, i + 1);
    if (close < 0) return null;
    if (ch === '"' && line.slice(i + 1, close).includes("\\")) return null;
    strings.push({ start: i + 1, end: close });
    i = close;
  }
  return strings;
}
function locateInPep508TomlLine(line, target) {
  const strings = listTomlStrings(line);
  if (strings === null)
    return {
      ok: false,
      reason: "the line has a multi-line or escaped string"
    };
  const matches2 = strings.filter((s) => {
    const parsed = parsePep508(line.slice(s.start, s.end));
    return parsed.ok && normalizeName(parsed.value.name) === target.name && parsed.value.marker === target.marker;
  });
  const only = matches2[0];
  if (only === void 0 || matches2.length > 1)
    return {
      ok: false,
      reason: matches2.length > 1 ? `the line has ${matches2.length} requirements on \`${target.name}\`` : `no requirement on \`${target.name}\` with the same marker on the line`
    };
  const located = locatePep508Specifier(
    line.slice(0, only.end),
    only.start,
    target.name
  );
  return located;
}
function locateInPoetryLine(line, target) {
  const key = /^\s*(["']?)([A-Za-z0-9._-]+)\1\s*=\s*/.exec(line);
  if (key === null || normalizeName(key[2]) !== target.name)
    return {
      ok: false,
      reason: `the line does not declare \`${target.name}\``
    };
  const strings = listTomlStrings(line);
  if (strings === null)
    return {
      ok: false,
      reason: "the line has a multi-line or escaped string"
    };
  const rest = line.slice(key[0].length);
  if (rest.startsWith('"') || rest.startsWith("'")) {
    const first = strings.find((s) => s.start === key[0].length + 1);
    return first === void 0 ? { ok: false, reason: "unreadable version string" } : { ok: true, span: { start: first.start, end: first.end } };
  }
  if (!rest.startsWith("{"))
    return {
      ok: false,
      reason: "the dependency is not a version string or an inline table"
    };
  const versions = [...line.matchAll(/\bversion\s*=\s*["']/g)];
  const match = versions[0];
  if (match === void 0 || versions.length > 1)
    return {
      ok: false,
      reason: versions.length > 1 ? "the line has several version constraints" : "the inline table has no `version`"
    };
  const quote2 = (match.index ?? 0) + match[0].length;
  const string3 = strings.find((s) => s.start === quote2);
  return string3 === void 0 ? { ok: false, reason: "unreadable version string" } : { ok: true, span: { start: string3.start, end: string3.end } };
}

// src/fix/fix-file.ts
var PYTHON_BREAKS = /(\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029])/;
var TOML_BREAKS = /(\r\n|\n)/;
function splitPhysicalLines(text3, kind) {
  const parts = text3.split(
    kind === "requirements" ? PYTHON_BREAKS : TOML_BREAKS
  );
  const lines = [];
  for (let i = 0; i < parts.length; i += 2)
    lines.push({ content: parts[i], ending: parts[i + 1] ?? "" });
  if (lines.length > 1 && lines.at(-1)?.content === "") lines.pop();
  return lines;
}
function joinPhysicalLines(lines) {
  return lines.map((l) => l.content + l.ending).join("");
}
function fixFileText(text3, path, kind, edits) {
  let current = text3;
  const applied = [];
  const refused = [];
  for (const edit of edits) {
    const lines = splitPhysicalLines(current, kind);
    const physical = lines[edit.line - 1];
    if (physical === void 0) {
      refused.push({ edit, reason: `the file has no line ${edit.line}` });
      continue;
    }
    const located = locate(physical.content, kind, edit);
    if (!located.ok) {
      refused.push({ edit, reason: located.reason });
      continue;
    }
    const { start, end } = located.span;
    const content = physical.content.slice(0, start) + edit.specifier + physical.content.slice(end);
    const next = joinPhysicalLines(
      lines.map((l, i) => i === edit.line - 1 ? { ...l, content } : l)
    );
    const problem = proveEdit(current, next, path, kind, edit);
    if (problem !== null) {
      refused.push({ edit, reason: problem });
      continue;
    }
    current = next;
    applied.push(edit);
  }
  return { text: current, applied, refused };
}
function locate(content, kind, edit) {
  if (kind === "requirements")
    return locateInRequirementsLine(content, edit.target);
  return edit.syntax === "poetry" ? locateInPoetryLine(content, edit.target) : locateInPep508TomlLine(content, edit.target);
}
function readRequirements2(text3, path, kind) {
  const parsed = kind === "requirements" ? parseRequirementsTxt(text3, path) : parsePyproject(text3, path);
  return {
    requirements: parsed.value.requirements,
    problems: parsed.diagnostics.filter((d) => d.severity !== "notice").length
  };
}
function proveEdit(before, after, path, kind, edit) {
  const old = readRequirements2(before, path, kind);
  const now = readRequirements2(after, path, kind);
  if (now.problems > old.problems)
    return "the edited line would no longer parse";
  if (now.requirements.length !== old.requirements.length)
    return "the edit would change how many requirements the file declares";
  let edited = 0;
  for (const [i, was] of old.requirements.entries()) {
    const is = now.requirements[i];
    const target = was.line === edit.line && was.name === edit.target.name;
    if (!target) {
      if (JSON.stringify(was) !== JSON.stringify(is))
        return "the edit would change another requirement";
      continue;
    }
    edited++;
    const { specifier: _was, ...wasRest } = was;
    const { specifier: _is, ...isRest } = is;
    if (JSON.stringify(wasRest) !== JSON.stringify(isRest))
      return "the edit would change more than the version specifier";
    const same = edit.syntax === "poetry" ? sameSpecifier(is.specifier, edit.specifier) : is.specifier === edit.specifier;
    if (!same)
      return `the line would read \`${is.specifier}\`, not \`${edit.specifier}\``;
  }
  return edited === 0 ? "no requirement on this line to edit" : null;
}
function sameSpecifier(a, b) {
  const left = parseSpecifierSet(a);
  const right = parseSpecifierSet(b);
  if (!left.ok || !right.ok) return a === b;
  try {
    return subset(left.value.set, right.value.set).ok && subset(right.value.set, left.value.set).ok;
  } catch {
    return a === b;
  }
}

// src/fix/plan-fixes.ts
var import_picomatch8 = __toESM(require_picomatch2(), 1);
function editKey(file, line, name2) {
  return `${file}\0${line}\0${name2}`;
}
function planFixes(report3, filters) {
  const inScope = report3.findings.filter((f) => inFilters(f, filters));
  const requirements = indexRequirements(report3.projects);
  const files = /* @__PURE__ */ new Map();
  const answers2 = /* @__PURE__ */ new Map();
  const unfixable = [];
  for (const finding of inScope) {
    if (finding.suggestion === void 0) continue;
    const planned = planEdit(finding, requirements);
    if ("reason" in planned) {
      unfixable.push(planned);
      continue;
    }
    const { requirement, kind, edit } = planned;
    const key = editKey(requirement.file, edit.line, edit.target.name);
    const earlier = answers2.get(key);
    if (earlier !== void 0) {
      const same = earlier[0]?.suggestion === finding.suggestion;
      if (same) earlier.push(finding);
      else
        unfixable.push({
          finding,
          reason: `another finding on this line suggests \`${earlier[0]?.suggestion}\``
        });
      continue;
    }
    answers2.set(key, [finding]);
    const file = files.get(requirement.file) ?? {
      file: requirement.file,
      kind,
      edits: []
    };
    file.edits.push(edit);
    files.set(requirement.file, file);
  }
  return {
    files: [...files.values()].sort(
      (a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0
    ),
    unfixable,
    answers: answers2,
    inScope
  };
}
function inProjects(project, globs) {
  return globs.length === 0 || globs.some((glob) => (0, import_picomatch8.default)(glob, { dot: true })(project));
}
function inFilters(finding, filters) {
  if (filters.projects.length > 0) {
    if (finding.project === null) return false;
    if (!inProjects(finding.project, filters.projects)) return false;
  }
  if (filters.packages.length > 0) {
    const wanted = new Set(filters.packages.map(normalizeName));
    if (finding.package === null || !wanted.has(finding.package)) return false;
  }
  return true;
}
function indexRequirements(projects) {
  const byLine = /* @__PURE__ */ new Map();
  for (const project of projects)
    for (const r of project.requirements)
      byLine.set(editKey(r.file, r.line, r.name), r);
  return byLine;
}
function planEdit(finding, requirements) {
  const requirement = finding.file !== null && finding.line !== null && finding.package !== null ? requirements.get(editKey(finding.file, finding.line, finding.package)) : void 0;
  if (requirement === void 0)
    return { finding, reason: "the finding is not on a requirement line" };
  const kind = editableKind(requirement);
  if (kind === null)
    return {
      finding,
      reason: "pin-audit edits only pyproject.toml and requirements files"
    };
  const suggested = parsePep508(finding.suggestion ?? "");
  if (!suggested.ok || normalizeName(suggested.value.name) !== requirement.name)
    return { finding, reason: "the suggestion does not parse" };
  const specifier = suggested.value.specifier;
  if (requirement.hashes > 0 && !sameExactPin(requirement.specifier, specifier))
    return {
      finding,
      hashed: true,
      reason: "the requirement is hashed: its hashes would be wrong for the new version"
    };
  return {
    requirement,
    kind,
    edit: {
      line: requirement.line,
      target: { name: requirement.name, marker: suggested.value.marker },
      syntax: requirement.group.startsWith("poetry") ? "poetry" : "pep508",
      specifier
    }
  };
}
function editableKind(requirement) {
  if (requirement.group === "requirements" || requirement.group === "constraints-file")
    return "requirements";
  return requirement.file === "pyproject.toml" || requirement.file.endsWith("/pyproject.toml") ? "pyproject" : null;
}
function sameExactPin(a, b) {
  const pin = (s) => /^===?([^,*<>=!~]+)$/.exec(s)?.[1];
  return pin(a) !== void 0 && pin(a) === pin(b);
}

// src/fix/plan-moves.ts
function planMoves(report3, name2, version3) {
  const target = normalizeName(name2);
  const findings = [];
  const relock = [];
  const parsed = parseVersion(version3);
  const seen = /* @__PURE__ */ new Set();
  for (const project of report3.projects) {
    for (const r of project.requirements) {
      if (r.name !== target || r.url !== null || r.group === "build") continue;
      if (ownerOf(r.file, report3.projects) !== project.path) continue;
      if (seen.has(`${r.file}\0${r.line}`)) continue;
      seen.add(`${r.file}\0${r.line}`);
      const pinned = exactPin(r);
      const base = {
        rule: "rollout",
        severity: "error",
        project: project.path,
        package: target,
        file: r.file,
        line: r.line
      };
      if (pinned !== null) {
        if (!sameVersion2(pinned, version3))
          findings.push({
            ...base,
            message: `move \`${target}\` from ${pinned} to ${version3}`,
            suggestion: formatRequirement(r, `==${version3}`)
          });
        continue;
      }
      const set = parseSpecifierSet(r.specifier);
      const admits2 = set.ok && parsed !== null && safeContains(set.value, parsed);
      if (!admits2)
        findings.push({
          ...base,
          message: `\`${target}${r.specifier}\` does not admit ${version3}: widen it by hand`
        });
    }
    const locked = project.locked.some((l) => l.name === target);
    if (locked && listRunVersions(project, target).some(
      (s) => !sameVersion2(s.version, version3)
    ))
      relock.push(project);
  }
  return { findings, relock };
}
function ownerOf(file, projects) {
  let best = null;
  for (const { path } of projects) {
    const holds = path === "." || file.startsWith(`${path}/`);
    if (holds && (best === null || path.length > best.length || best === "."))
      best = path;
  }
  return best;
}
function safeContains(set, version3) {
  try {
    return contains(set, version3, { prereleases: true });
  } catch {
    return false;
  }
}

// src/fix/unified-diff.ts
var CONTEXT = 3;
function renderUnifiedDiff(file, before, after) {
  const changed = [];
  for (let i = 0; i < Math.max(before.length, after.length); i++)
    if (before[i] !== after[i]) changed.push(i);
  if (changed.length === 0) return "";
  const name2 = stripControls(file);
  let out = `--- a/${name2}
+++ b/${name2}
`;
  for (const hunk of groupHunks(changed, before.length)) {
    const count2 = hunk.end - hunk.start;
    out += `@@ -${hunk.start + 1},${count2} +${hunk.start + 1},${count2} @@
`;
    for (let i = hunk.start; i < hunk.end; i++) {
      const old = stripControls(before[i] ?? "");
      if (before[i] === after[i]) out += ` ${old}
`;
      else out += `-${old}
+${stripControls(after[i] ?? "")}
`;
    }
  }
  return out;
}
function groupHunks(changed, length) {
  const hunks = [];
  for (const line of changed) {
    const start = Math.max(0, line - CONTEXT);
    const end = Math.min(length, line + CONTEXT + 1);
    const last = hunks.at(-1);
    if (last !== void 0 && start <= last.end) last.end = end;
    else hunks.push({ start, end });
  }
  return hunks;
}

// src/fix/fix-repository.ts
async function fixRepository(options, filters, write, move = null) {
  const audited = await auditRepository(options);
  const moves = move === null ? null : planMoves(audited, move.name, move.version);
  const report3 = moves === null ? audited : { ...audited, findings: moves.findings };
  const plan = planFixes(report3, filters);
  const result = {
    diff: "",
    fixed: [],
    notFixed: [],
    lockCommands: [],
    compiled: [],
    withoutSuggestion: plan.inScope.filter(
      (f) => f.severity === "error" && f.suggestion === void 0
    ),
    changedFiles: [],
    edited: /* @__PURE__ */ new Map()
  };
  const rootReal = await realpath(options.root);
  await explainUnfixable(rootReal, plan, result);
  result.edited = await applyPlan(rootReal, plan, result);
  result.lockCommands = listLockCommands(report3, result.changedFiles);
  if (moves !== null && move !== null)
    result.lockCommands = mergeUpgradeCommands(
      result.lockCommands,
      moves.relock.filter((p) => inProjects(p.path, filters.projects)).flatMap((p) => {
        const command = upgradeCommandOf(p, report3.projects, move);
        return command === null ? [] : [command];
      })
    );
  if (write)
    for (const [file, { text: text3 }] of result.edited)
      await writeFile(join16(rootReal, file), text3, "utf8");
  return result;
}
async function explainUnfixable(rootReal, plan, result) {
  for (const unfixable of plan.unfixable) {
    const file = unfixable.finding.file;
    const text3 = unfixable.hashed && file !== null ? await readEditable(rootReal, file).catch(() => null) : null;
    const command = text3 === null ? null : findCompileCommand(text3);
    result.notFixed.push({
      finding: unfixable.finding,
      reason: unfixable.reason,
      ...command === null ? {} : { command }
    });
  }
}
async function applyPlan(rootReal, plan, result) {
  const texts = /* @__PURE__ */ new Map();
  for (const planned of plan.files) {
    let text3;
    try {
      text3 = await readEditable(rootReal, planned.file);
    } catch (error3) {
      const reason = error3 instanceof Error ? error3.message : String(error3);
      for (const edit of planned.edits)
        for (const finding of findingsOf(plan.answers, planned.file, edit))
          result.notFixed.push({ finding, reason });
      continue;
    }
    const fixed = fixFileText(text3, planned.file, planned.kind, planned.edits);
    for (const edit of fixed.applied)
      append(result.fixed, findingsOf(plan.answers, planned.file, edit));
    for (const { edit, reason } of fixed.refused)
      for (const finding of findingsOf(plan.answers, planned.file, edit))
        result.notFixed.push({ finding, reason });
    if (fixed.applied.length === 0) continue;
    const diff = renderUnifiedDiff(
      planned.file,
      splitPhysicalLines(text3, planned.kind).map((l) => l.content),
      splitPhysicalLines(fixed.text, planned.kind).map((l) => l.content)
    );
    texts.set(planned.file, { text: fixed.text, diff });
    result.changedFiles.push(planned.file);
    result.diff += diff;
    const command = planned.kind === "requirements" ? findCompileCommand(text3) : null;
    if (command !== null) result.compiled.push({ file: planned.file, command });
  }
  return texts;
}
function mergeUpgradeCommands(commands, upgrades) {
  return [.../* @__PURE__ */ new Set([...commands, ...upgrades])].filter(
    (c, _, all) => !/ (uv lock|poetry lock)$/.test(c) || !all.some((o) => o !== c && o.startsWith(c))
  ).sort();
}
function findingsOf(answers2, file, edit) {
  return answers2.get(editKey(file, edit.line, edit.target.name)) ?? [];
}
async function readEditable(rootReal, file) {
  const real = await realpath(join16(rootReal, file));
  const inside = relative4(rootReal, real);
  if (inside.startsWith(`..${sep4}`) || inside === ".." || inside === "")
    throw new Error("the file is outside the audited directory");
  const bytes = await readFile(real);
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)
    throw new Error("the file is UTF-16: pin-audit edits UTF-8 files only");
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(
      bytes
    );
  } catch {
    throw new Error(
      "the file is not valid UTF-8: pin-audit edits UTF-8 files only"
    );
  }
}
function listLockCommands(report3, changedFiles) {
  const commands = /* @__PURE__ */ new Set();
  const changed = new Set(changedFiles);
  for (const project of report3.projects) {
    const manifest = project.files.find(
      (f) => f.kind === "pyproject" && changed.has(f.path)
    );
    if (manifest === void 0) continue;
    const command = lockCommandOf(project, report3.projects);
    if (command !== null) commands.add(command);
  }
  return [...commands].sort();
}
function lockCommandOf(project, projects) {
  const has = (p, kind) => p.files.some((f) => f.kind === kind);
  if (has(project, "poetry-lock")) return `${cdInto(project.path)}poetry lock`;
  if (has(project, "uv-lock")) return `${cdInto(project.path)}uv lock`;
  const root = projects.find((p) => p.path === project.workspace);
  if (root !== void 0 && has(root, "uv-lock"))
    return `${cdInto(root.path)}uv lock`;
  if (has(project, "pylock"))
    return `${cdInto(project.path)}uv export --format pylock.toml -o pylock.toml`;
  return null;
}
function upgradeCommandOf(project, projects, move) {
  const base = lockCommandOf(project, projects);
  if (base === null) return null;
  const pin = shellQuote(`${move.name}==${move.version}`);
  if (base.endsWith("uv lock")) return `${base} --upgrade-package ${pin}`;
  if (base.endsWith("poetry lock"))
    return base.replace(
      /poetry lock$/,
      `poetry update ${shellQuote(move.name)}`
    );
  return base;
}
function cdInto(dir) {
  return dir === "." ? "" : `cd ${shellQuote(dir)} && `;
}

// src/rollout/canary-change.ts
function listReadyCanaryWaves(plans) {
  return plans.flatMap((plan) => {
    const wave = plan.waves.find((w) => w.canary && w.state === "ready");
    return wave === void 0 ? [] : [{ plan, wave }];
  });
}
async function buildCanaryChange(options, canaryGlobs, plan, wave) {
  const result = await fixRepository(
    // The move needs the projects' pins and locks only: no index.
    { ...options, offline: true },
    { projects: [...canaryGlobs], packages: [plan.package] },
    false,
    { name: plan.package, version: plan.target }
  );
  const inside = (file) => wave.projects.some((p) => p === "." || file.startsWith(`${p}/`));
  const kept2 = [...result.edited].filter(
    ([file]) => inside(file) && !isLock(file)
  );
  return {
    package: plan.package,
    version: plan.target,
    wave,
    next: plan.waves.find((w) => !w.canary && w.state !== "done") ?? null,
    files: new Map(kept2.map(([file, { text: text3 }]) => [file, text3])),
    diff: kept2.map(([, { diff }]) => diff).join(""),
    lockCommands: result.lockCommands,
    byHand: [
      ...result.withoutSuggestion,
      ...result.notFixed.map((n) => n.finding)
    ].map((f) => ({ file: f.file, line: f.line, message: f.message }))
  };
}
function isLock(file) {
  const base = file.slice(file.lastIndexOf("/") + 1);
  return base === "uv.lock" || base === "poetry.lock" || /^pylock(\.[^.]+)?\.toml$/.test(base);
}

// src/rollout/render-rollout-pull-request.ts
var ROLLOUT_PR_MARKER = "<!-- pin-audit:rollout -->";
var MAX_BODY = 6e4;
var MAX_TITLE = 200;
function renderRolloutPullRequest(input) {
  const { change } = input;
  const projects = change.wave.projects.join(", ");
  const title = oneLine2(
    `pin-audit: move ${change.package} to ${change.version} in the canary (${projects})`
  ).slice(0, MAX_TITLE);
  const before = [
    ROLLOUT_PR_MARKER,
    `### Canary: ${codeSpan(change.package)} to ${codeSpan(change.version)}`,
    "",
    ...renderWhatMoves(input),
    ""
  ].join("\n");
  const after = [
    "",
    ...renderLocks(change),
    ...renderWhy(input),
    "",
    ...renderSoakAndNext(input),
    "",
    ...renderByHand(change),
    `<sub>Opened by pin-audit's drift run (\`rollout-pr: canary\`) from branch ${codeSpan(input.branch)}, which it owns: a later run updates this pull request and force-pushes the branch. Files outside the canary's projects and locks are never changed.</sub>`
  ].join("\n");
  const room = MAX_BODY - before.length - after.length;
  return { title, body: `${before}${renderDiff(change.diff, room)}${after}` };
}
function renderWhatMoves(input) {
  const { change } = input;
  const lines = [
    `**What moves.** The canary wave of the rollout plan (\`[rollout] canary\`), and nothing else:`
  ];
  for (const project of change.wave.projects) {
    const current = input.entries.filter((e) => e.project === project).map((e) => e.current);
    const from = current.length > 0 ? [...new Set(current)].join(", ") : "?";
    lines.push(
      `- ${codeSpan(project)}: ${codeSpan(change.package)} ${escapeMarkdown(from)} \u2192 ${escapeMarkdown(change.version)}`
    );
  }
  const files = [...change.files.keys()].map(codeSpan).join(", ");
  lines.push("", `Files changed: ${files}.`);
  return lines;
}
function renderDiff(diff, room) {
  if (diff === "" || room < 200) return "";
  const clean = stripControls(diff);
  const shown = clean.length <= room ? clean : `${clean.slice(0, Math.max(0, room)).replace(/[^\n]*$/, "")}... (diff cut: see the Files changed tab)
`;
  const fence = fenceFor(shown);
  return `
<details><summary>Diff</summary>

${fence}diff
${shown}${fence}

</details>
`;
}
function renderLocks(change) {
  if (change.lockCommands.length === 0) return [];
  const commands = change.lockCommands.map(stripControls).join("\n");
  const fence = fenceFor(commands);
  return [
    "**Regenerate the locks before merging.** pin-audit never edits a lock: check out this branch, run, and push:",
    "",
    `${fence}sh`,
    commands,
    fence,
    ""
  ];
}
function renderWhy(input) {
  const { change } = input;
  const behind2 = input.entries.filter(
    (e) => compareLoosely2(e.current, change.version) < 0
  );
  const where = [...new Set(behind2.map((e) => e.project))].sort();
  return [
    `**Why.** The policy (${escapeMarkdown(input.policy)}) allows ${codeSpan(change.package)} ${escapeMarkdown(change.version)}, the newest release past its cooldown, and the drift report has ${where.length} project(s) behind it: ${where.map(codeSpan).join(", ")}. The canary moves first.`
  ];
}
function renderSoakAndNext(input) {
  const { change } = input;
  const soak = codeSpan(`[rollout] soak = ${JSON.stringify(input.soakText)}`);
  const lines = [
    `**Soak.** Once this is merged the canary runs ${escapeMarkdown(change.version)} for ${soak} before any other project follows; until then rule \`soak\` flags a pull request that moves another project to it.`,
    ""
  ];
  const next = change.next;
  if (next === null) {
    lines.push(
      "**What comes next.** Nothing: no other project is behind on this package."
    );
    return lines;
  }
  lines.push(
    `**What comes next.** Wave ${next.wave} (${next.projects.map(codeSpan).join(", ")}), once the soak is over; the drift issue says when it is ready. It moves with:`,
    ""
  );
  const command = fixCommand(
    next.projects,
    change.package,
    change.version,
    true
  );
  const fence = fenceFor(command);
  lines.push(`${fence}sh`, stripControls(command), fence);
  return lines;
}
function renderByHand(change) {
  if (change.byHand.length === 0) return [];
  return [
    "**Not moved (edit by hand):**",
    ...change.byHand.map(
      (b) => `- ${codeSpan(`${b.file ?? "?"}${b.line === null ? "" : `:${b.line}`}`)}: ${escapeMarkdown(b.message.split("\n")[0] ?? "")}`
    ),
    ""
  ];
}
function oneLine2(text3) {
  return stripControls(text3).replace(/\s+/g, " ").trim();
}

// src/rollout/rollout-branch.ts
var ROLLOUT_BRANCH_PREFIX = "pin-audit/rollout/";
var MAX_SEGMENT = 120;
function rolloutBranch(name2, version3) {
  return `${ROLLOUT_BRANCH_PREFIX}${refSegment(`${name2}-${version3}`)}`;
}
function refSegment(text3) {
  let out = text3.replace(/[^A-Za-z0-9._+-]+/g, "-").replace(/\.{2,}/g, ".").slice(0, MAX_SEGMENT).replace(/^[.-]+/, "").replace(/\.+$/, "");
  if (out.endsWith(".lock")) out = `${out.slice(0, -".lock".length)}-lock`;
  return out === "" ? "package" : out;
}

// src/github/rollout-branch-write.ts
function refPath(ref) {
  return ref.split("/").map(encodeURIComponent).join("/");
}
async function readBranchCommit(client, target, branch) {
  try {
    const response = await client.request(
      `GET /repos/{owner}/{repo}/git/ref/heads/${refPath(branch)}`,
      { owner: target.owner, repo: target.repo }
    );
    const object2 = response.data.object;
    if (typeof object2?.sha !== "string")
      throw new Error(`GET git/ref/heads/${branch}: no commit in the answer`);
    return object2.sha;
  } catch (error3) {
    if (errorStatus(error3) === 404) return null;
    throw error3;
  }
}
async function readCommit(client, target, sha) {
  const response = await client.request(
    "GET /repos/{owner}/{repo}/git/commits/{commit_sha}",
    { owner: target.owner, repo: target.repo, commit_sha: sha }
  );
  const data = response.data;
  if (typeof data.tree?.sha !== "string")
    throw new Error(`GET git/commits/${sha}: no tree in the answer`);
  const parent = data.parents?.[0]?.sha;
  return {
    tree: data.tree.sha,
    parent: typeof parent === "string" ? parent : null
  };
}
async function writeBranch(client, target, write) {
  if (write.branch === write.protectedBranch)
    throw new Error(`refusing to write the default branch ${write.branch}`);
  const repo = { owner: target.owner, repo: target.repo };
  const base = await readCommit(client, target, write.baseCommit);
  const entries = [];
  for (const [path, text3] of [...write.files].sort(
    ([a], [b]) => a < b ? -1 : 1
  )) {
    const blob = await client.request("POST /repos/{owner}/{repo}/git/blobs", {
      ...repo,
      content: text3,
      encoding: "utf-8"
    });
    entries.push({ path, mode: "100644", type: "blob", sha: shaOf(blob.data) });
  }
  const tree = shaOf(
    (await client.request("POST /repos/{owner}/{repo}/git/trees", {
      ...repo,
      base_tree: base.tree,
      tree: entries
    })).data
  );
  const existing = await readBranchCommit(client, target, write.branch);
  if (existing !== null) {
    const current = await readCommit(client, target, existing);
    if (current.tree === tree && current.parent === write.baseCommit)
      return { action: "unchanged", commit: existing };
  }
  const commit = shaOf(
    (await client.request("POST /repos/{owner}/{repo}/git/commits", {
      ...repo,
      message: write.message,
      tree,
      parents: [write.baseCommit]
    })).data
  );
  if (existing === null) {
    await client.request("POST /repos/{owner}/{repo}/git/refs", {
      ...repo,
      ref: `refs/heads/${write.branch}`,
      sha: commit
    });
    return { action: "created", commit };
  }
  await client.request(
    `PATCH /repos/{owner}/{repo}/git/refs/heads/${refPath(write.branch)}`,
    { ...repo, sha: commit, force: true }
  );
  return { action: "updated", commit };
}
function shaOf(data) {
  const sha = data?.sha;
  if (typeof sha !== "string" || !/^[0-9a-f]{40,64}$/.test(sha))
    throw new Error("GitHub's answer has no object id (sha)");
  return sha;
}

// src/github/rollout-pull-request.ts
async function upsertRolloutPullRequest(client, target, author, content) {
  const repo = { owner: target.owner, repo: target.repo };
  const existing = await findOpenPull(client, target, content.branch);
  if (existing === null) {
    const created = await client.request("POST /repos/{owner}/{repo}/pulls", {
      ...repo,
      title: content.title,
      head: content.branch,
      base: content.base,
      body: content.body,
      maintainer_can_modify: true
    });
    const number3 = created.data.number;
    return {
      action: "opened",
      number: typeof number3 === "number" ? number3 : null
    };
  }
  if (!isWrittenBy(existing.user, author))
    return { action: "foreign", number: existing.number };
  const patch = {};
  if (existing.title !== content.title) patch.title = content.title;
  if (!sameBody(existing.body, content.body)) patch.body = content.body;
  if (existing.base !== content.base) patch.base = content.base;
  if (Object.keys(patch).length === 0)
    return { action: "unchanged", number: existing.number };
  await client.request("PATCH /repos/{owner}/{repo}/pulls/{pull_number}", {
    ...repo,
    pull_number: existing.number,
    ...patch
  });
  return { action: "updated", number: existing.number };
}
async function findDeclinedPull(client, target, author, branch) {
  const closed = await listPulls(client, target, branch, "closed");
  const declined = closed.find(
    (p) => p.mergedAt === null && isWrittenBy(p.user, author)
  );
  return declined?.number ?? null;
}
async function findOpenPull(client, target, branch) {
  return (await listPulls(client, target, branch, "open"))[0] ?? null;
}
async function listPulls(client, target, branch, state) {
  const response = await client.request("GET /repos/{owner}/{repo}/pulls", {
    owner: target.owner,
    repo: target.repo,
    state,
    head: `${target.owner}:${branch}`,
    per_page: 100
  });
  if (!Array.isArray(response.data))
    throw new Error(
      `GET /repos/${target.owner}/${target.repo}/pulls: GitHub's answer is not a list of pull requests`
    );
  const found = [];
  for (const p of response.data) {
    if (typeof p.number !== "number" || p.head?.ref !== branch) continue;
    found.push({
      number: p.number,
      title: typeof p.title === "string" ? p.title : "",
      body: typeof p.body === "string" ? p.body : "",
      base: typeof p.base?.ref === "string" ? p.base.ref : "",
      mergedAt: typeof p.merged_at === "string" ? p.merged_at : null,
      user: p.user ?? null
    });
  }
  return found;
}

// src/github/run-rollout-pr.ts
async function openCanaryPullRequests(run, root, drift, auditOptions) {
  const plans = drift.repositories.flatMap((r) => r.rollout ?? []);
  const ready = listReadyCanaryWaves(plans);
  if (ready.length === 0) {
    info("rollout-pr: no canary wave is ready to move.");
    return;
  }
  try {
    const session = await openSession(run);
    if (session === null) return;
    const { policy } = await loadPolicy(root, run.inputs.policy);
    for (const { plan, wave } of ready) {
      const change = await buildCanaryChange(
        {
          root,
          ...auditOptions,
          ...run.inputs.policy ? { policyPath: run.inputs.policy } : {}
        },
        policy.rollout.canary,
        plan,
        wave
      );
      await publishCanary(run, session, change, {
        plan,
        drift,
        soakText: policy.rollout.soakText
      });
    }
  } catch (error3) {
    const request = failedRequest(error3);
    run.warn(
      isPermissionRefusal(error3) ? `pin-audit could not open the canary pull request (${request ? `${request}: ` : ""}HTTP ${errorStatus(error3)}): the token needs the \`contents: write\` and \`pull-requests: write\` permissions (under \`permissions:\` in the workflow), and with the GITHUB_TOKEN the repository setting "Allow GitHub Actions to create and approve pull requests". The drift issue and summary are not affected.` : `pin-audit could not open the canary pull request (${describeApiError(error3)}). The drift issue and summary are not affected.`
    );
  }
}
async function openSession(run) {
  const client = await run.getClient();
  const target = { owner: run.ctx.owner, repo: run.ctx.repo };
  const repository = await client.request("GET /repos/{owner}/{repo}", target);
  const defaultBranch = repository.data.default_branch;
  if (typeof defaultBranch !== "string" || defaultBranch === "")
    throw new Error(
      "GET /repos/{owner}/{repo}: no default_branch in the answer"
    );
  const baseCommit = await readBranchCommit(client, target, defaultBranch);
  if (baseCommit === null)
    throw new Error(`the default branch ${defaultBranch} has no commit`);
  const checkout = run.env.GITHUB_SHA;
  if (checkout !== void 0 && checkout !== "" && checkout !== baseCommit) {
    run.warn(
      `pin-audit did not open a canary pull request: the checkout (${checkout.slice(0, 12)}) is not the head of ${defaultBranch} (${baseCommit.slice(0, 12)}), and the pull request's files are read from the checkout. Run drift mode on the default branch (on: schedule does).`
    );
    return null;
  }
  return {
    client,
    target,
    author: await findTokenAuthor(client),
    defaultBranch,
    baseCommit
  };
}
async function publishCanary(run, session, change, context) {
  const what = `${change.package} ${change.version}`;
  if (change.files.size === 0) {
    info(
      `rollout-pr: ${what}: no manifest or requirements line of the canary to change${change.lockCommands.length > 0 ? ` (its lock moves with: ${change.lockCommands.join("; ")})` : ""}.`
    );
    return;
  }
  const branch = rolloutBranch(change.package, change.version);
  const declined = await findDeclinedPull(
    session.client,
    session.target,
    session.author,
    branch
  );
  if (declined !== null) {
    info(
      `rollout-pr: ${what}: pull request #${declined} was closed without merging; not proposed again (a newer version gets its own).`
    );
    return;
  }
  const prefix = run.inputs.path === "." ? "" : `${run.inputs.path}/`;
  const files = new Map(
    [...change.files].map(([path, text3]) => [`${prefix}${path}`, text3])
  );
  const { title, body } = renderRolloutPullRequest({
    change,
    entries: context.drift.repositories.flatMap((r) => r.entries).filter((e) => e.package === change.package),
    policy: context.drift.repositories[0]?.policy ?? "the policy",
    soakText: context.soakText,
    branch
  });
  const written = await writeBranch(session.client, session.target, {
    branch,
    protectedBranch: session.defaultBranch,
    baseCommit: session.baseCommit,
    files,
    message: `${title}

${describeWave2(context.plan, change.wave)}`
  });
  const pull = await upsertRolloutPullRequest(
    session.client,
    session.target,
    session.author,
    {
      branch,
      base: session.defaultBranch,
      title: run.mask(title),
      body: run.mask(body)
    }
  );
  info(
    `rollout-pr: ${what}: branch ${branch} ${written.action}; pull request ${pull.number === null ? "" : `#${pull.number} `}${pull.action}.`
  );
}
function describeWave2(plan, wave) {
  return `The canary wave of the rollout plan for ${plan.package} ${plan.target}: ${wave.projects.join(", ")}.
Same as: ${wave.command}`;
}

// src/github/run-drift-mode.ts
async function runDriftMode(run, root, auditOptions) {
  const { ctx, inputs, secrets, workDir } = run;
  const now = /* @__PURE__ */ new Date();
  const { drift, audit } = await driftRepository({
    root,
    ...inputs.policy ? { policyPath: inputs.policy } : {},
    // The same options as the audit: proxy settings and the index token, no `${VAR}` expansion.
    ...auditOptions,
    today: now,
    name: ctx.owner && ctx.repo ? `${ctx.owner}/${ctx.repo}` : inputs.path,
    now
  });
  const reportPath = join17(workDir, "pin-audit-report.json");
  const driftPath = join17(workDir, "pin-audit-drift.json");
  await writeReportFile(reportPath, renderJsonChunks(audit), secrets);
  await writeReportFile(driftPath, renderDriftJsonChunks(drift), secrets);
  setOutput("errors", audit.summary.errors);
  setOutput("warnings", audit.summary.warnings);
  setOutput("report", reportPath);
  setOutput("drift", driftPath);
  const { summary: summary2 } = drift;
  info(
    `Drift: ${summary2.behind} behind, ${summary2.yanked} yanked, ${summary2.upToDate} up to date, ${summary2.unknown} not checked (${summary2.versions} pinned or locked versions).`
  );
  const { issue: issue3, delta } = await publishDriftIssue(run, drift, now);
  setOutput("drift-issue", issue3?.number ?? "");
  if (inputs.rolloutPr === "canary")
    await openCanaryPullRequests(run, root, drift, auditOptions);
  await writeJobSummary(
    (maxLength) => renderDriftMarkdown(drift, { delta, maxLength }),
    run
  );
}
async function publishDriftIssue(run, drift, now) {
  const { ctx, inputs, mask, warn } = run;
  let delta = null;
  if (!checkedAnything(drift)) {
    warn(
      "pin-audit could not check any pin against the index (offline, or the index unreachable): the drift issue keeps its last report."
    );
    return { issue: null, delta };
  }
  try {
    const client = await run.getClient();
    const author = await findTokenAuthor(client);
    const issue3 = await upsertDriftIssue(
      client,
      { owner: ctx.owner, repo: ctx.repo, author },
      {
        title: inputs.driftTitle,
        labels: inputs.driftLabels,
        closeWhenClean: inputs.driftCloseWhenClean
      },
      (previousBody) => {
        const state = advanceState(
          readState(previousBody),
          snapshotDrift(drift),
          now
        );
        delta = computeDelta(state);
        return {
          body: mask(
            renderDriftIssue(drift, issueState(state), {
              title: "pin-audit drift"
            })
          ),
          // What drifted when last checked counts too: an unchecked package is not a resolved one.
          drifting: state.items.some(itemDrifts),
          checked: checkedAll(drift)
        };
      }
    );
    const what = {
      created: "created the drift issue",
      updated: "updated the drift issue",
      unchanged: "left the drift issue unchanged (same content)",
      closed: "closed the drift issue (nothing drifts)",
      reopened: "reopened the drift issue (drift is back)",
      skipped: "did not open a drift issue (nothing drifts)"
    }[issue3.action];
    info(
      `pin-audit ${what}${issue3.number !== null ? ` #${issue3.number}` : ""}.`
    );
    return { issue: issue3, delta };
  } catch (error3) {
    const request = failedRequest(error3);
    warn(
      isPermissionRefusal(error3) ? `pin-audit could not write the drift issue (${request ? `${request}: ` : ""}HTTP ${errorStatus(error3)}): the token needs the \`issues: write\` permission (set it under \`permissions:\` in the workflow). The job summary and the drift output are not affected.` : `pin-audit could not update the drift issue (${describeApiError(error3)}). The job summary and the drift output are not affected.`
    );
    return { issue: null, delta };
  }
}

// src/github/write-sarif.ts
import { mkdir as mkdir6, writeFile as writeFile7 } from "node:fs/promises";
import { dirname as dirname3, resolve as resolve5 } from "node:path";

// src/sarif-output.ts
import { dirname as dirname2, join as join18, relative as relative5, resolve as resolve4, sep as sep5 } from "node:path";

// src/report/render-sarif.ts
import { createHash as createHash2 } from "node:crypto";

// src/report/requirement-span.ts
function findRequirementSpan(kind, lines, line, packageName, suggestion) {
  const text3 = lines[line - 1];
  if (text3 === void 0 || !namesPackage2(suggestion, packageName)) return null;
  if (kind === "requirements") {
    const previous = lines[line - 2];
    if (previous !== void 0 && continues(previous)) return null;
    return requirementsLineSpan(text3, packageName, suggestion);
  }
  if (kind === "pyproject")
    return pyprojectStringSpan(text3, packageName, suggestion);
  return null;
}
function namesPackage2(text3, packageName) {
  const parsed = parsePep508(text3);
  return parsed.ok && parsed.value.name === packageName;
}
function continues(text3) {
  return /\\\r?$/.test(text3);
}
function requirementsLineSpan(text3, packageName, suggestion) {
  if (continues(text3)) return null;
  const comment = text3.search(/(^|\s)#/);
  const body = comment < 0 ? text3 : text3.slice(0, comment);
  const start = body.search(/\S/);
  if (start < 0) return null;
  const requirement = body.slice(start).trimEnd();
  if (requirement.startsWith("-") || /\s-/.test(requirement)) return null;
  if (!namesPackage2(requirement, packageName)) return null;
  return {
    startColumn: start + 1,
    endColumn: start + requirement.length + 1,
    current: requirement,
    replacement: suggestion
  };
}
function pyprojectStringSpan(text3, packageName, suggestion) {
  const found = [];
  for (const literal3 of listTomlStrings2(text3)) {
    if (literal3.content === null) continue;
    if (!namesPackage2(literal3.content, packageName)) continue;
    const replacement = literal3.quote === '"' ? suggestion.replace(/[\\"]/g, (c) => `\\${c}`) : suggestion;
    if (literal3.quote === "'" && suggestion.includes("'")) continue;
    found.push({
      startColumn: literal3.start + 1,
      endColumn: literal3.start + literal3.content.length + 1,
      current: literal3.content,
      replacement
    });
  }
  return found.length === 1 ? found[0] ?? null : null;
}
function listTomlStrings2(text3) {
  if (text3.includes('"""') || text3.includes("'''")) return [];
  const strings = [];
  let i = 0;
  while (i < text3.length) {
    const c = text3[i];
    if (c === "#") break;
    if (c !== '"' && c !== "'") {
      i += 1;
      continue;
    }
    const start = i + 1;
    let j = start;
    let escaped = false;
    while (j < text3.length && text3[j] !== c) {
      if (c === '"' && text3[j] === "\\") {
        escaped = true;
        j += 1;
      }
      j += 1;
    }
    if (j >= text3.length) return strings;
    strings.push({
      quote: c,
      start,
      content: escaped ? null : text3.slice(start, j)
    });
    i = j + 1;
  }
  return strings;
}

// src/report/rule-descriptions.ts
var RULES_DOCUMENTATION_URL = `${TOOL_URL}/blob/main/docs/policy.md`;
var PINS = ["dependencies", "python", "pins"];
var LOCKS = ["dependencies", "python", "locks"];
var INDEX = ["dependencies", "python", "supply-chain"];
var FILES = ["dependencies", "python", "input"];
var RULE_DESCRIPTIONS = {
  unpinned: {
    name: "UnpinnedRequirement",
    short: "A requirement is looser than the pin level the policy asks of it.",
    full: "A requirement's version constraint is looser than its pin level (`exact`, `compatible`, `bounded`, `specified` or `any`, set per file kind, dependency group and package). A loose requirement lets the next install pick a release nobody tested.",
    fix: "Replace the requirement with the suggested one, or set another level in the policy's `[pins]` or `packages.<name>.pin`.",
    tags: PINS
  },
  "outside-policy": {
    name: "VersionOutsidePolicy",
    short: "A version outside the policy's allowed range is admitted, pinned or locked.",
    full: "A declared range admits a version outside `packages.<name>.allowed` (the finding shows one, the counterexample), or a pinned or locked version is outside it.",
    fix: "Replace the requirement with the suggested one, then re-lock.",
    tags: PINS
  },
  banned: {
    name: "BannedVersion",
    short: "A pinned or locked version is banned by the policy.",
    full: "A pinned or locked version is in `packages.<name>.banned`. A range that merely admits a banned version is reported one step milder (an error becomes a warning).",
    fix: "Replace the requirement with the suggested one, which leaves the banned versions out, then re-lock.",
    tags: PINS
  },
  "lock-mismatch": {
    name: "LockDoesNotMatchManifest",
    short: "A lock or compiled requirements file does not match what it was resolved from.",
    full: "A locked version fails the declared specifier, a declared dependency is missing from the lock, or the manifest uv.lock recorded differs from pyproject.toml: installing from the lock gives something other than what is declared. The same holds for a compiled requirements file (pip-compile, `uv pip compile`) and its inputs: the output misses a package an input names, or pins a version an input's specifier does not admit (the finding names both files and lines). An input the output's header names that is not in the audited tree is a notice: the pins are audited, the pairing is not.",
    fix: "Re-lock (`uv lock`, `poetry lock`), or compile the output again with the command in its header, and commit the result with the manifest or input.",
    tags: LOCKS
  },
  conflict: {
    name: "ConflictingRequirements",
    short: "Requirements on one package leave no version that satisfies them all.",
    full: "Within one install set (a pyproject.toml with its lock, a requirements file with its -r and -c files, a compiled output with its inputs), the requirements on a package (including what the project's pinned packages themselves require) have no common version, or one requirement admits no version at all: the installer cannot resolve them, or a hand-made pin breaks at run time. The finding lists the smallest set of requirements or clauses that clash.",
    fix: "Relax one of the listed requirements so that they share a version.",
    tags: PINS
  },
  diverged: {
    name: "DivergedInstalls",
    short: "Two ways to install one project disagree on a package.",
    full: "A project's pyproject.toml and another install set of its directory (a requirements file, a compiled output not compiled from it) require versions of a package that do not overlap: whichever way the project is installed, it is not what the other promises. Nothing says the two are installed together, so it is not a conflict.",
    fix: "Align them; if the two are installed together, declare it with [[install]] in the policy (then it is a conflict).",
    tags: PINS
  },
  inconsistent: {
    name: "InconsistentVersions",
    short: "A package is at different versions across the projects.",
    full: "A package listed in `consistency.packages` is locked or pinned at different versions in different projects of the repository; the finding shows every project's version (past 20 projects, each version with how many projects are at it).",
    fix: "Move the project to the version most projects use (the suggested pin), then re-lock.",
    tags: LOCKS
  },
  compat: {
    name: "IncompatibleCombination",
    short: "A `[[compat]]` rule of the policy does not hold.",
    full: "A `[[compat]]` rule's `when` holds in an install set (it installs, say, `mcp>=1.13,<2`), and the same install set locks, pins or declares the package in the rule's `require` outside it (`httpx>=0.27.1,<1`); a range is judged with the constraints that apply to it. Independent requirements files of one directory are judged separately.",
    fix: "Replace the requirement with the suggested one, then re-lock.",
    tags: PINS
  },
  "exception-expired": {
    name: "ExpiredException",
    short: "A policy exception is past its `until` date.",
    full: "An `[[exceptions]]` entry is past `until`: it no longer applies, and the findings it waived are reported again.",
    fix: "Fix the findings the exception waived, or move its `until`.",
    tags: ["dependencies", "policy"]
  },
  "exception-unused": {
    name: "UnusedException",
    short: "A policy exception suppressed no finding.",
    full: "An `[[exceptions]]` entry in force matched no finding in a whole-repository audit: its `project`, `file` or `package` may be misspelled, or the problem it waived is gone.",
    fix: "Fix the exception's globs, or remove it.",
    tags: ["dependencies", "policy"]
  },
  missing: {
    name: "MissingRequiredPackage",
    short: "A project does not declare a package the policy requires.",
    full: "The policy's `packages.<name>.required` asks every project (or the projects matching its globs) to declare the package, and this project does not.",
    fix: "Add the package to the project's dependencies, or narrow `required`.",
    tags: ["dependencies", "policy"]
  },
  yanked: {
    name: "YankedRelease",
    short: "A pinned or locked release is yanked on its package index.",
    full: "A pinned or locked version is yanked on its package index (PEP 592): its maintainers withdrew it, yet pip and uv still install a yanked release that is pinned exactly.",
    fix: "Move to a release that is not yanked, then re-lock.",
    tags: INDEX
  },
  "too-new": {
    name: "ReleaseInCooldown",
    short: "A pinned or locked release is younger than the policy's cooldown.",
    full: "A pinned or locked version was uploaded less than the policy's `cooldown` ago (48 hours by default): a broken or compromised release is usually found and yanked within that time.",
    fix: "Wait until the time the finding names, or use an older release; `cooldown` in the policy sets the time.",
    tags: INDEX
  },
  "index-unavailable": {
    name: "IndexUnavailable",
    short: "The package index could not answer for a pinned or locked release.",
    full: "The package index could not be asked about a pinned or locked release, so `yanked` and `too-new` were not checked for it. It is said, so that a failed lookup never reads as a pass.",
    fix: "Check the index URL, its credentials (`PIN_AUDIT_INDEX_TOKEN`) and the network, then run again.",
    tags: INDEX
  },
  index: {
    name: "UnlistedPackageSource",
    short: "A requirements file, pyproject.toml or lock names a package source the policy does not list.",
    full: "A requirements file names a package source (`--index-url`, `--extra-index-url`, `--find-links` or `--trusted-host`), a pyproject.toml tells uv or Poetry to use one (`[[tool.uv.index]]`; `index-url`, `extra-index-url` or `find-links` in `[tool.uv]` or `[tool.uv.pip]`; `[[tool.poetry.source]]`), or a lock installs packages from one (uv.lock `source = { registry = ... }`, pylock.toml `index`, poetry.lock's `[package.source]`), and it is not PyPI (`https://pypi.org/simple`, its file host `files.pythonhosted.org`), the policy's `index-url` or in `[indexes] allowed`. The installer may install any package from it, whatever the pins say. A lock's index is reported once per lock (on its first package), and not at all when the project's own settings name it (that finding is the one to fix). The workflow's `index-url` input is where pin-audit reads release data; it does not allow the audited files to install from that index: list it in `[indexes] allowed` too.",
    fix: "Remove it, or, if it is trusted, add it to `[indexes] allowed` in the policy.",
    tags: INDEX
  },
  soak: {
    name: "CanarySoakNotOver",
    short: "A project moves to a version the canary has not run for the soak time.",
    full: "A change moves a project outside `[rollout] canary` to a version the canary has not run on the base branch for `[rollout] soak` (read from the base's first-parent history), or does not run at all.",
    fix: "Wait until the soak ends, or move the canary first (`pin-audit fix --project <canary> --package <name> --to <version>`).",
    tags: ["dependencies", "policy"]
  },
  "dead-marker": {
    name: "RequirementNeverApplies",
    short: "A requirement's marker can never hold where the project runs.",
    full: "A requirement's environment marker can never hold for the project: a Python the project's `requires-python` excludes (`python_version < \"3.8\"` under `>=3.10`), an `extra` in a requirements file (pip sets none), or a marker that contradicts itself. No installer installs it, so no other rule judges it; this notice says so once.",
    fix: "Remove the line, or correct its marker.",
    tags: ["dependencies"]
  },
  "invalid-file": {
    name: "UnreadableFile",
    short: "A dependency file, or a line in it, cannot be read.",
    full: "A file that is not UTF-8, not valid TOML, truncated, binary or too large, or a line that cannot be understood: what pip, uv or Poetry would make of it cannot be checked, so it is reported rather than skipped. The rest of the repository is still audited.",
    fix: "Correct the file or line the finding names.",
    tags: FILES
  },
  discovery: {
    name: "PathNotAudited",
    short: "A path was not followed, or there was nothing to audit.",
    full: "An include that points outside the audited root, a symlink out of the root or a symlink loop, or an audit that found no dependency file at all.",
    fix: "Keep included files inside the audited root, or check the audited path and its include and exclude globs.",
    tags: FILES
  },
  unauditable: {
    name: "UnauditableSource",
    short: "An installer would read something pin-audit cannot read the same way.",
    full: "Something an installer would read that pin-audit cannot read the same way: a file over 16 MiB, the rest of a file past 200,000 requirements, a symbolic link it cannot follow exactly as the OS would (out of the repository, into `.git` or `node_modules`, past 40 links), an encoding pip decodes and pin-audit does not, a requirement URL without a package name, a remote include, or dependencies a build backend computes. It is always an error: what was not read cannot pass the gate.",
    fix: "Make the source auditable as the finding says: a regular UTF-8 file inside the repository, a `name @ url` requirement, or dependencies declared in `[project]` or `[tool.setuptools.dynamic]` files.",
    tags: FILES
  }
};
function describeUnknownRule(id) {
  return {
    name: `Rule${id.replace(/[^A-Za-z0-9]/g, "")}`,
    short: `Findings of rule ${id}.`,
    full: `Findings of rule ${id}.`,
    fix: "See the finding's message.",
    tags: ["dependencies"]
  };
}
function ruleHelpUri(id) {
  return `${RULES_DOCUMENTATION_URL}#${id}`;
}

// src/report/render-sarif.ts
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "pinAuditFinding/v1";
function renderSarif(report3, options) {
  const rules = listRules(report3.findings);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const kinds = /* @__PURE__ */ new Map();
  for (const project of report3.projects)
    for (const file of project.files) kinds.set(file.path, file.kind);
  const occurrences = /* @__PURE__ */ new Map();
  const results = report3.findings.map((finding) => {
    const identity2 = `${options.rootInRepository}\0${findingIdentity(finding)}`;
    const n = occurrences.get(identity2) ?? 0;
    occurrences.set(identity2, n + 1);
    return toResult(finding, {
      ruleIndex: ruleIndex.get(finding.rule) ?? 0,
      fingerprint: fingerprint(`${identity2}\0${n}`),
      report: report3,
      kind: finding.file === null ? void 0 : kinds.get(finding.file),
      options
    });
  });
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            .../^\d+\.\d+\.\d+/.test(TOOL_VERSION) ? { semanticVersion: TOOL_VERSION } : {},
            informationUri: TOOL_URL,
            rules
          }
        },
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
function listRules(findings) {
  const known = Object.keys(RULE_DESCRIPTIONS);
  const other = [...new Set(findings.map((f) => f.rule))].filter((id) => !known.includes(id)).sort();
  return [...known, ...other].map(
    (id) => describeRule(
      id,
      RULE_DESCRIPTIONS[id] ?? describeUnknownRule(id)
    )
  );
}
function describeRule(id, description) {
  const helpUri = ruleHelpUri(id);
  return {
    id,
    name: description.name,
    shortDescription: { text: description.short },
    fullDescription: { text: description.full },
    help: {
      text: `${description.full}

Fix: ${description.fix}

${helpUri}`,
      markdown: `${description.full}

**Fix:** ${description.fix}

[Documentation](${helpUri})`
    },
    helpUri,
    properties: { tags: description.tags }
  };
}
var LEVELS3 = {
  error: "error",
  warning: "warning",
  notice: "note"
};
function toResult(finding, context) {
  const fix = finding.suggestion ? `
Fix: ${finding.suggestion}` : "";
  const properties = {};
  if (finding.project !== null) properties.project = finding.project;
  if (finding.package !== null) properties.package = finding.package;
  if (finding.counterexample !== void 0)
    properties.counterexample = finding.counterexample;
  if (finding.suggestion !== void 0)
    properties.suggestion = finding.suggestion;
  const fixes = describeFix(finding, context);
  return {
    ruleId: finding.rule,
    ruleIndex: context.ruleIndex,
    level: LEVELS3[finding.severity],
    message: { text: `${finding.message}${fix}` },
    locations: [locate2(finding, context)],
    partialFingerprints: { [FINGERPRINT_KEY]: context.fingerprint },
    ...fixes ? { fixes } : {},
    ...Object.keys(properties).length > 0 ? { properties } : {}
  };
}
function locate2(finding, context) {
  const file = finding.file ?? context.report.policy.file;
  const artifactLocation = toArtifact(file, context.options.rootInRepository);
  if (finding.file === null || finding.line === null)
    return { physicalLocation: { artifactLocation } };
  return {
    physicalLocation: {
      artifactLocation,
      region: { startLine: finding.line, endLine: finding.line }
    }
  };
}
function toArtifact(file, root) {
  const path = [root, file ?? ""].filter((part) => part !== "").join("/");
  const uri = path === "" ? "./" : path.split("/").filter((segment) => segment !== "" && segment !== ".").map(encodeURIComponent).join("/");
  return { uri: uri === "" ? "./" : uri, uriBaseId: SRCROOT };
}
function describeFix(finding, context) {
  const { file, line, package: name2, suggestion } = finding;
  if (file === null || line === null || name2 === null || !suggestion)
    return void 0;
  if (context.kind === void 0) return void 0;
  const lines = context.options.fileLines(file);
  if (lines === void 0) return void 0;
  const span = findRequirementSpan(context.kind, lines, line, name2, suggestion);
  if (span === null || span.current === span.replacement) return void 0;
  return [
    {
      description: {
        text: `Replace \`${span.current}\` with \`${suggestion}\`.`
      },
      artifactChanges: [
        {
          artifactLocation: toArtifact(file, context.options.rootInRepository),
          replacements: [
            {
              deletedRegion: {
                startLine: line,
                startColumn: span.startColumn,
                endLine: line,
                endColumn: span.endColumn
              },
              insertedContent: { text: span.replacement }
            }
          ]
        }
      ]
    }
  ];
}
function fingerprint(identity2) {
  return createHash2("sha256").update(identity2).digest("hex").slice(0, 32);
}

// src/sarif-output.ts
async function renderSarifOfDirectory(report3, filesDir, rootInRepository) {
  const files = /* @__PURE__ */ new Set();
  for (const finding of report3.findings)
    if (finding.suggestion && finding.file !== null) files.add(finding.file);
  const lines = /* @__PURE__ */ new Map();
  for (const file of [...files].sort()) {
    const read = await readTextFile(join18(filesDir, file));
    if (read.ok) lines.set(file, read.text.split(/\r?\n/));
  }
  return renderSarif(report3, {
    rootInRepository,
    fileLines: (file) => lines.get(file)
  });
}

// src/github/write-sarif.ts
async function publishSarif(run, report3, filesDir) {
  const { inputs, ctx, mask } = run;
  if (inputs.sarif === void 0) return;
  const file = resolve5(ctx.workspace, inputs.sarif);
  const text3 = await renderSarifOfDirectory(
    report3,
    filesDir,
    inputs.path === "." ? "" : inputs.path
  );
  try {
    await mkdir6(dirname3(file), { recursive: true });
    await writeFile7(file, mask(text3));
  } catch (error3) {
    throw new ConfigurationError(
      `input "sarif": cannot write ${inputs.sarif}: ${error3 instanceof Error ? error3.message : String(error3)}`
    );
  }
  setOutput("sarif", file);
}

// src/github/run-action.ts
async function runAction(deps = {}) {
  let mask = (text3) => text3;
  try {
    await runSteps(deps, (runMask) => {
      mask = runMask;
    });
  } catch (error3) {
    setFailed(mask(describeFailure(error3)));
  }
}
async function runSteps(deps, onMask) {
  const run = await startRun(deps, onMask);
  try {
    const root = await auditedRoot(run.ctx.workspace, run.inputs.path);
    const auditOptions = actionAuditOptions(run.env, run.inputs);
    if (run.mode === "drift") {
      await runDriftMode(run, root, auditOptions);
      return;
    }
    const sides = await auditSides(run, root, auditOptions);
    const outcome = compareSides(run, sides, await presentFindings(run, sides));
    await setAuditOutputs(run, outcome);
    await publishSarif(run, outcome.report, sides.head.dir ?? root);
    publishAnnotations(run, outcome);
    await publishAuditSummary(run, outcome);
    await publishComment(run, outcome);
    await publishReview(run, outcome);
    decideExit(run, outcome);
  } finally {
    await removeSideTrees(run.workDir);
  }
}
export {
  actionAuditOptions,
  blockingFindings,
  describeFailure,
  runAction
};
