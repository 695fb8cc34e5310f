// okm's editor, with scripts on (served at /__okm/edit/editor.js; the forms work without it).
// Type-ahead for reference fields: a list of the records whose names match what is typed, in
// Cyrillic or Latin letters; choosing one fills in its slug. The records come from the form's
// own <datalist> (value: the slug; label: the names and their Latin forms, made by okm).
// Rows of lists of groups move up and down without a reload (below).
(function () {
  "use strict";

  // The Transliteration Act's table (as okm's Slug), for matching only.
  var TABLE = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht",
    "ъ": "a", "ь": "y", "ю": "yu", "я": "ya", "ѝ": "i"
  };

  // Lower case, Latin letters, every other run of characters one "-": "Личева" → "licheva".
  function fold(text) {
    var s = text.toLowerCase().replace(/ия(?![а-яa-z])/g, "ia");
    var out = "";
    for (var i = 0; i < s.length; i++) {
      var c = s.charAt(i);
      out += Object.prototype.hasOwnProperty.call(TABLE, c) ? TABLE[c] : c;
    }
    return out.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  }

  function matches(query, option) {
    var q = fold(query);
    if (!q) return false;
    return fold(option.label).indexOf(q) >= 0 || fold(option.value).indexOf(q) >= 0;
  }

  var counter = 0;

  function picker(input) {
    var list = document.getElementById(input.getAttribute("list"));
    if (!list) return;
    var options = Array.prototype.map.call(list.options, function (o) {
      return { value: o.value, label: o.label || o.value };
    });
    var id = "okm-pick-" + (++counter);
    var box = document.createElement("ul");
    box.id = id;
    box.className = "picker";
    box.setAttribute("role", "listbox");
    box.setAttribute("aria-label", input.labels && input.labels[0] ? input.labels[0].textContent : "");
    box.hidden = true;
    input.parentNode.insertBefore(box, input.nextSibling);
    input.removeAttribute("list");            // the script's list replaces the browser's
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", id);
    input.setAttribute("autocomplete", "off");
    var active = -1;

    function close() {
      box.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }
    function choose(option) {
      input.value = option.value;
      close();
    }
    function mark(n) {
      var items = box.children;
      if (!items.length) return;
      active = (n + items.length) % items.length;
      for (var i = 0; i < items.length; i++) items[i].setAttribute("aria-selected", i === active ? "true" : "false");
      input.setAttribute("aria-activedescendant", items[active].id);
      items[active].scrollIntoView({ block: "nearest" });
    }
    function show() {
      var found = options.filter(function (o) { return matches(input.value, o); }).slice(0, 12);
      box.textContent = "";
      active = -1;
      input.removeAttribute("aria-activedescendant");
      if (!found.length || (found.length === 1 && found[0].value === input.value)) { close(); return; }
      found.forEach(function (o, n) {
        var li = document.createElement("li");
        li.id = id + "-" + n;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.textContent = o.label + " (" + o.value + ")";
        li.addEventListener("mousedown", function (e) { e.preventDefault(); choose(o); });
        box.appendChild(li);
      });
      box.hidden = false;
      input.setAttribute("aria-expanded", "true");
      box._found = found;
    }
    input.addEventListener("input", show);
    input.addEventListener("blur", close);
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown") { if (box.hidden) show(); mark(active + 1); e.preventDefault(); }
      else if (e.key === "ArrowUp" && !box.hidden) { mark(active - 1); e.preventDefault(); }
      else if (e.key === "Enter" && !box.hidden && active >= 0) { choose(box._found[active]); e.preventDefault(); }
      else if (e.key === "Escape" && !box.hidden) { close(); e.preventDefault(); }
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("input[list]"), picker);

  // Rows of a list of groups move up and down without a reload: the row's fieldset moves and
  // every row of its list is numbered anew (input names, ids, labels, legends, buttons), so
  // that saving sends them in the new order. Adding and removing rows stay the server's
  // buttons, as without scripts.
  var form = document.querySelector("form[data-move-up]");
  if (!form) return;
  var status = document.createElement("p");
  status.className = "help";
  status.setAttribute("role", "status");
  form.insertBefore(status, form.firstChild);

  function words(key, n) { return (form.getAttribute(key) || "").replace("{n}", String(n)); }
  function rows(list) {
    return Array.prototype.filter.call(form.querySelectorAll("fieldset[data-list]"), function (f) {
      return f.getAttribute("data-list") === list;
    });
  }
  function rename(row, list, from, to) {
    var a = list + "." + from + ".", b = list + "." + to + ".";
    Array.prototype.forEach.call(row.querySelectorAll("*"), function (el) {
      ["name", "id", "for", "aria-describedby", "aria-controls", "value"].forEach(function (attr) {
        var v = el.getAttribute(attr);
        if (attr === "value" && !(el.tagName === "BUTTON" && el.name === "create")) return;
        if (v && v.indexOf(a) >= 0) el.setAttribute(attr, v.split(a).join(b));
      });
    });
  }
  function button(text, name, value, move) {
    var b = document.createElement("button");
    b.type = name ? "submit" : "button";
    if (name) { b.name = name; b.value = value; }
    if (move) b.setAttribute("data-move", move);
    b.textContent = text;
    return b;
  }
  function number(list) {
    var all = rows(list);
    all.forEach(function (row, i) { rename(row, list, row.getAttribute("data-row"), "#" + i); });
    all.forEach(function (row, i) {
      rename(row, list, "#" + i, String(i));
      row.setAttribute("data-row", String(i));
      var legend = row.querySelector("legend");
      legend.textContent = legend.textContent.replace(/\d+$/, String(i + 1));
      var p = row.querySelector(":scope > p[data-buttons]");
      p.textContent = "";
      if (i > 0) { p.appendChild(button(words("data-move-up", i + 1), "row", "up " + list + " " + i, "up")); p.appendChild(document.createTextNode(" ")); }
      if (i < all.length - 1) { p.appendChild(button(words("data-move-down", i + 1), null, null, "down")); p.appendChild(document.createTextNode(" ")); }
      p.appendChild(button(words("data-remove-row", i + 1), "row", "remove " + list + " " + i));
    });
  }
  var lists = {};
  Array.prototype.forEach.call(form.querySelectorAll("fieldset[data-list]"), function (f) { lists[f.getAttribute("data-list")] = true; });
  Object.keys(lists).forEach(number);

  form.addEventListener("click", function (e) {
    var b = e.target.closest ? e.target.closest("button[data-move]") : null;
    if (!b) return;
    e.preventDefault();
    var row = b.closest("fieldset[data-list]");
    var list = row.getAttribute("data-list");
    var all = rows(list);
    var i = all.indexOf(row);
    var up = b.getAttribute("data-move") === "up";
    var other = all[up ? i - 1 : i + 1];
    if (!other) return;
    if (up) row.parentNode.insertBefore(row, other); else row.parentNode.insertBefore(other, row);
    number(list);
    // The focus stays on the row that moved: on its button that goes the same way, or the other one.
    var again = row.querySelector(":scope > p[data-buttons] button[data-move=" + (up ? "up" : "down") + "]")
      || row.querySelector(":scope > p[data-buttons] button[data-move]");
    if (again) again.focus();
    status.textContent = form.getAttribute("data-rows-changed") || "";
  });
})();
