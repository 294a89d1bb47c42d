// Shows the maintenance notice fetched from the portal API on the login page.
async function showNotice() {
  const response = await fetch("/api/notice");
  const notice = await response.json();
  document.getElementById("notice").innerHTML = notice.html;
  document.getElementById("notice-title").textContent = notice.title;
}

function showNoticeSafely(notice) {
  document.getElementById("notice").innerHTML = DOMPurify.sanitize(notice.html);
}

showNotice();
