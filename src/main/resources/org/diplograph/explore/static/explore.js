// The claims explorer (diplograph): the page works without this script; it adds copying a query to the clipboard
// and marks the page ready for tests. No inline code, so it runs under script-src 'self'.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("button.copy").forEach(function (button) {
    button.addEventListener("click", function () {
      var pre = document.getElementById(button.getAttribute("data-copy"));
      if (!pre) return;
      var text = pre.textContent;
      var done = function () { button.textContent = button.textContent.replace(/ ✓$/, "") + " ✓"; };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(done, function () { select(pre); });
      } else {
        select(pre);
      }
    });
  });
  document.body.setAttribute("data-ready", "1");
});

function select(element) {
  var range = document.createRange();
  range.selectNodeContents(element);
  var selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
}
