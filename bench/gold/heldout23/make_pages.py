"""heldout23, step 1: writes the four saved web pages and site.json.

Documents how the set was made; not imported by tests, not part of the project. Needs nothing but
Python:

    /work/main/.venv/bin/python bench/gold/heldout23/make_pages.py

Writes (UTF-8, LF line ends):
- portal.html: a news page of the Cổng thông tin điện tử of Liên đoàn Lao động tỉnh Tây Ninh
  (after the merger with Long An), the story in <div class="news-content">, a <table> of five
  unions inside it;
- blog.html: a WordPress post of Công đoàn ngành Y tế tỉnh Thái Nguyên (after the merger with
  Bắc Kạn), <article class="post">, three reader comments with numbers of their own;
- newspaper.html: an article of an online newspaper ("Báo Đời sống Công nhân", invented) on the
  year-end conference of Liên đoàn Lao động tỉnh Cà Mau (after the merger with Bạc Liêu), a
  headline with a figure, a bold sapo, two <figure>s with captions, a "Đọc thêm" box inside the
  story, "Tin liên quan", ads and a "Xem nhiều" list of ten headlines with figures;
- notice.html: a short notice of Liên đoàn Lao động thành phố Huế linking to its report
  (bao-cao.pdf, written by make_pdf.py);
- site.json: the address each file is served at.

Every figure, number, person, address, licence and local document is invented; the national
documents cited (Nghị quyết 202/2025/QH15, Nghị quyết 02-NQ/TW) are real.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

PORTAL_PATH = "/tin-tuc/hoat-dong-cong-doan/lien-doan-lao-dong-tinh-tay-ninh-tong-ket-hoat-dong-cong-doan-nam-2026-4512.html"
BLOG_PATH = "/2026/12/15/cong-doan-nganh-y-te-tong-ket-cong-tac-cong-doan-nam-2026/"
NEWS_PATH = "/cong-doan/ca-mau-hon-9600-doan-vien-duoc-ket-nap-moi-trong-nam-2026-1184526.html"
NOTICE_PATH = "/van-ban/bao-cao-tong-ket-cong-tac-cong-doan-nam-2026-625.html"
PDF_PATH = "/Uploads/2026/12/bao-cao.pdf"


def saved_from(url: str) -> str:
    """The mark a browser writes at the top of a page it saves."""
    return f"<!-- saved from url=({len(url):04d}){url} -->"


PORTAL_URL = "https://ldld.tayninh.gov.vn" + PORTAL_PATH
PORTAL = (
    """<!DOCTYPE html>
"""
    + saved_from(PORTAL_URL)
    + """
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Liên đoàn Lao động tỉnh Tây Ninh tổng kết hoạt động công đoàn năm 2026 - Cổng thông tin điện tử Liên đoàn Lao động tỉnh Tây Ninh</title>
<meta name="description" content="Năm 2026, các cấp công đoàn tỉnh Tây Ninh kết nạp mới 16.820 đoàn viên, thành lập mới 97 CĐCS, trao 68.450 suất quà Tết cho đoàn viên, người lao động.">
<meta name="keywords" content="LĐLĐ Tây Ninh, tổng kết năm 2026, công đoàn, đoàn viên, Tết Sum vầy, Mái ấm Công đoàn">
<meta name="author" content="Liên đoàn Lao động tỉnh Tây Ninh">
<meta name="robots" content="index, follow">
<meta property="og:site_name" content="Cổng thông tin điện tử Liên đoàn Lao động tỉnh Tây Ninh">
<meta property="og:type" content="article">
<meta property="og:title" content="Liên đoàn Lao động tỉnh Tây Ninh tổng kết hoạt động công đoàn năm 2026">
<meta property="og:description" content="Năm 2026, các cấp công đoàn tỉnh Tây Ninh kết nạp mới 16.820 đoàn viên, thành lập mới 97 CĐCS.">
<meta property="og:url" content=\""""
    + PORTAL_URL
    + """">
<meta property="og:image" content="https://ldld.tayninh.gov.vn/Uploads/2026/12/hoi-nghi-tong-ket-2026.jpg">
<meta property="article:published_time" content="2026-12-18T08:45:00+07:00">
<meta property="article:modified_time" content="2026-12-18T10:12:37+07:00">
<link rel="canonical" href=\""""
    + PORTAL_URL
    + """">
<link rel="shortcut icon" href="/Portals/_default/Skins/LDLD/images/favicon.ico">
<link rel="stylesheet" href="/Portals/_default/Skins/LDLD/css/bootstrap.min.css?v=3.4.1">
<link rel="stylesheet" href="/Portals/_default/Skins/LDLD/css/portal.css?v=20261102">
<script src="/Resources/Shared/scripts/jquery/jquery-3.7.1.min.js"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-TN8K2L6Q91"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-TN8K2L6Q91');
</script>
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"Liên đoàn Lao động tỉnh Tây Ninh tổng kết hoạt động công đoàn năm 2026","datePublished":"2026-12-18T08:45:00+07:00","dateModified":"2026-12-18T10:12:37+07:00","author":{"@type":"Organization","name":"Liên đoàn Lao động tỉnh Tây Ninh"},"publisher":{"@type":"Organization","name":"Cổng thông tin điện tử Liên đoàn Lao động tỉnh Tây Ninh","logo":{"@type":"ImageObject","url":"https://ldld.tayninh.gov.vn/Portals/_default/Skins/LDLD/images/logo.png"}},"interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/ReadAction","userInteractionCount":2315}}
</script>
</head>
<body class="portal-body tab-4512">
<div id="top-bar">
  <div class="container">
    <span class="today">Thứ Sáu, ngày 18/12/2026</span>
    <span class="hotline">Đường dây nóng: 0272.3826.145</span>
    <span class="links"><a href="/so-do-cong">Sơ đồ cổng</a> | <a href="/lien-he">Liên hệ</a> | <a href="/rss">RSS</a> | <a href="/en">English</a></span>
  </div>
</div>
<div id="banner">
  <div class="container">
    <a href="/" class="logo"><img src="/Portals/_default/Skins/LDLD/images/logo.png" alt="Logo Công đoàn Việt Nam" width="96" height="96"></a>
    <div class="banner-text">
      <p class="banner-top">TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM</p>
      <p class="banner-main">CỔNG THÔNG TIN ĐIỆN TỬ LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY NINH</p>
    </div>
    <form class="search-box" action="/tim-kiem" method="get">
      <input type="text" name="keyword" placeholder="Tìm kiếm...">
      <button type="submit">Tìm</button>
    </form>
  </div>
</div>
<div id="main-menu">
  <div class="container">
    <ul class="nav-top">
      <li><a href="/">Trang chủ</a></li>
      <li><a href="/gioi-thieu">Giới thiệu</a></li>
      <li class="active"><a href="/tin-tuc">Tin tức - Sự kiện</a></li>
      <li><a href="/van-ban">Văn bản</a></li>
      <li><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li>
      <li><a href="/hoi-dap">Hỏi đáp pháp luật</a></li>
      <li><a href="/thu-vien-anh">Thư viện ảnh</a></li>
      <li><a href="/lien-he">Liên hệ</a></li>
    </ul>
  </div>
</div>
<div id="marquee" class="container">
  <marquee scrollamount="3">Chào mừng 97 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2026) * Đường dây nóng tiếp nhận phản ánh của người lao động: 0272.3826.145 *</marquee>
</div>
<div class="container" id="page">
  <div class="row">
    <div class="col-md-3" id="left-pane">
      <div class="box-menu-left">
        <h3 class="box-title">DANH MỤC</h3>
        <ul class="menu-left">
          <li><a href="/gioi-thieu/lich-su">Lịch sử hình thành</a></li>
          <li><a href="/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li>
          <li class="active"><a href="/tin-tuc/hoat-dong-cong-doan">Hoạt động công đoàn (1.245)</a></li>
          <li><a href="/tin-tuc/chinh-sach-phap-luat">Chính sách - Pháp luật (386)</a></li>
          <li><a href="/tin-tuc/nu-cong">Nữ công (214)</a></li>
          <li><a href="/tin-tuc/thi-dua-khen-thuong">Thi đua - Khen thưởng (172)</a></li>
          <li><a href="/tin-tuc/guong-dien-hinh">Gương điển hình tiên tiến (95)</a></li>
          <li><a href="/tin-tuc/van-hoa-the-thao">Văn hóa - Thể thao (133)</a></li>
          <li><a href="/thong-ke">Thống kê số liệu</a></li>
          <li><a href="/chuyen-de/nghi-quyet-02">Chuyên đề thực hiện Nghị quyết 02</a></li>
        </ul>
      </div>
      <div class="box-left">
        <h3 class="box-title">VĂN BẢN MỚI</h3>
        <ul class="doc-list">
          <li><a href="/van-ban/1085-ldld">Công văn số 1085/LĐLĐ ngày 10/12/2026 về việc chăm lo Tết Đinh Mùi 2027 cho đoàn viên, người lao động</a></li>
          <li><a href="/van-ban/96-kh-ldld">Kế hoạch số 96/KH-LĐLĐ ngày 02/12/2026 tổ chức Chương trình “Tết Sum vầy” năm 2027</a></li>
          <li><a href="/van-ban/412-tb-ldld">Thông báo số 412/TB-LĐLĐ ngày 25/11/2026 kết luận của Ban Thường vụ tại phiên họp tháng 11</a></li>
          <li><a href="/van-ban/88-hd-ldld">Hướng dẫn số 88/HD-LĐLĐ ngày 14/11/2026 về đánh giá, xếp loại CĐCS năm 2026</a></li>
        </ul>
      </div>
      <div class="box-left">
        <h3 class="box-title">LIÊN KẾT WEBSITE</h3>
        <select onchange="window.open(this.value)">
          <option value="">-- Chọn liên kết --</option>
          <option value="https://www.congdoan.vn">Tổng Liên đoàn Lao động Việt Nam</option>
          <option value="https://tayninh.gov.vn">Cổng thông tin điện tử tỉnh Tây Ninh</option>
          <option value="https://laodong.vn">Báo Lao Động</option>
        </select>
      </div>
    </div>
    <div class="col-md-6" id="content-pane">
      <div class="breadcrumbs">
        <a href="/">Trang chủ</a> <span>›</span> <a href="/tin-tuc">Tin tức - Sự kiện</a> <span>›</span> <a href="/tin-tuc/hoat-dong-cong-doan">Hoạt động công đoàn</a>
      </div>
      <div class="news-detail">
        <h1 class="news-title">Liên đoàn Lao động tỉnh Tây Ninh tổng kết hoạt động công đoàn năm 2026</h1>
        <div class="news-tools">
          <span class="news-date">Ngày đăng: 18/12/2026 | 08:45</span>
          <span class="font-size">Cỡ chữ: <a href="javascript:setFont(13)">A</a> <a href="javascript:setFont(15)">A</a> <a href="javascript:setFont(17)">A</a></span>
          <a href="javascript:window.print()" class="print">In bài</a>
          <a href="#modal-email" class="email" data-toggle="modal">Gửi email</a>
          <span class="views">Lượt xem: 2.315</span>
        </div>
        <div class="news-sapo"><strong>(LĐLĐ Tây Ninh) - Sáng 17/12, Ban Chấp hành Liên đoàn Lao động tỉnh Tây Ninh tổ chức Hội nghị lần thứ sáu (khóa I) tổng kết phong trào công nhân, viên chức, lao động và hoạt động công đoàn năm 2026, triển khai nhiệm vụ năm 2027.</strong></div>
        <div class="news-content" id="news-content">
          <p style="text-align: justify;">Dự hội nghị có đồng chí Võ Thanh Tùng, Phó Chủ tịch Ủy ban nhân dân tỉnh; lãnh đạo các sở, ngành và các đồng chí Ủy viên Ban Chấp hành Liên đoàn Lao động tỉnh.</p>
          <p style="text-align: justify;">Năm 2026 là năm đầu tiên Liên đoàn Lao động tỉnh hoạt động trọn năm sau khi hợp nhất Liên đoàn Lao động tỉnh Tây Ninh và Liên đoàn Lao động tỉnh Long An theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh. Bám sát Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị, các cấp công đoàn đã tập trung đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở.</p>
          <p style="text-align: justify;">Tính đến ngày 30/11/2026, toàn tỉnh có 3.284 CĐCS với 412.650&nbsp;đoàn viên. Trong năm, các cấp công đoàn đã kết nạp mới 16.820 đoàn viên, đạt 105,1% kế hoạch; thành lập mới 97 CĐCS, vượt 21,3% chỉ tiêu.</p>
          <p style="text-align: justify;">Dịp Tết Nguyên đán Bính Ngọ 2026, các cấp công đoàn đã trao 68.450 suất quà cho đoàn viên, người lao động với tổng số tiền hơn 41,2 tỷ đồng; tổ chức 36 chuyến xe đưa gần 1.900 công nhân về quê đón Tết. Các cấp công đoàn xây mới, sửa chữa 58 nhà “Mái ấm Công đoàn” với tổng kinh phí 3,48 tỷ đồng; trợ cấp khó khăn đột xuất cho 1.245 lượt đoàn viên, số tiền trên 1,9 tỷ đồng.</p>
          <p style="text-align: justify;">Công tác đại diện, bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên, người lao động có chuyển biến. 100% cơ quan, đơn vị khu vực nhà nước tổ chức hội nghị cán bộ, công chức, viên chức; 1.862/2.015 doanh nghiệp có tổ chức công đoàn tổ chức hội nghị người lao động, đạt 92,4%. Các cấp công đoàn tham gia 2.140 cuộc đối thoại tại nơi làm việc; ký mới và ký lại 326 bản thỏa ước lao động tập thể, nâng tỷ lệ doanh nghiệp có thỏa ước lên 64,7%. Trong năm, trên địa bàn tỉnh xảy ra 4 cuộc ngừng việc tập thể, đều được giải quyết kịp thời.</p>
          <p style="text-align: justify;">Phong trào thi đua “Lao động giỏi, lao động sáng tạo” có 3.615 sáng kiến được công nhận, làm lợi trên 86 tỷ đồng. Các cấp công đoàn giới thiệu 1.426 đoàn viên ưu tú cho Đảng xem xét, kết nạp; mở 142 lớp tập huấn cho 9.870 lượt cán bộ công đoàn. Tổng thu tài chính công đoàn ước đạt 246,5 tỷ đồng, bằng 103,2% dự toán.</p>
          <p style="text-align: justify;">Kết quả một số chỉ tiêu chủ yếu của các công đoàn cấp trên trực tiếp cơ sở như sau:</p>
          <table class="table table-bordered" border="1" cellpadding="4" cellspacing="0" style="width: 100%;">
            <tbody>
              <tr>
                <td style="text-align: center;"><strong>Đơn vị</strong></td>
                <td style="text-align: center;"><strong>Kết nạp đoàn viên mới</strong></td>
                <td style="text-align: center;"><strong>Suất quà Tết Bính Ngọ 2026</strong></td>
                <td style="text-align: center;"><strong>Kinh phí chăm lo Tết (triệu đồng)</strong></td>
              </tr>
              <tr><td>Công đoàn các Khu công nghiệp tỉnh</td><td style="text-align: right;">7.240</td><td style="text-align: right;">21.600</td><td style="text-align: right;">12.850</td></tr>
              <tr><td>Công đoàn Khu kinh tế tỉnh</td><td style="text-align: right;">1.315</td><td style="text-align: right;">4.120</td><td style="text-align: right;">2.470,5</td></tr>
              <tr><td>Công đoàn Viên chức tỉnh</td><td style="text-align: right;">864</td><td style="text-align: right;">2.380</td><td style="text-align: right;">1.190</td></tr>
              <tr><td>Công đoàn ngành Giáo dục</td><td style="text-align: right;">1.026</td><td style="text-align: right;">3.150</td><td style="text-align: right;">1.575</td></tr>
              <tr><td>Công đoàn ngành Y tế</td><td style="text-align: right;">712</td><td style="text-align: right;">1.960</td><td style="text-align: right;">980</td></tr>
            </tbody>
          </table>
          <p style="text-align: center;"><img src="/Uploads/2026/12/hoi-nghi-tong-ket-2026.jpg" alt="Hội nghị tổng kết" width="600" height="400"></p>
          <p style="text-align: center;"><em>Đồng chí Võ Thanh Tùng, Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo hội nghị. Ảnh: Minh Khoa</em></p>
          <p style="text-align: justify;">Hội nghị cũng chỉ ra một số hạn chế: vẫn còn 312 doanh nghiệp đủ điều kiện nhưng chưa thành lập công đoàn cơ sở; việc thu kinh phí công đoàn ở khu vực doanh nghiệp ngoài nhà nước chưa đạt yêu cầu.</p>
          <p style="text-align: justify;">Năm 2027, Liên đoàn Lao động tỉnh đề ra các chỉ tiêu chủ yếu: kết nạp mới ít nhất 16.500 đoàn viên; thành lập mới từ 85 CĐCS trở lên; 100% cơ quan, đơn vị, doanh nghiệp có CĐCS tổ chức hội nghị cán bộ, công chức, viên chức, hội nghị người lao động; trên 70% doanh nghiệp có CĐCS ký kết thỏa ước lao động tập thể; giới thiệu 1.300 đoàn viên ưu tú cho Đảng; thu tài chính công đoàn tăng ít nhất 5% so với năm 2026.</p>
          <p style="text-align: justify;">Dịp này, Ban Chấp hành Liên đoàn Lao động tỉnh tặng Bằng khen cho 45 tập thể và 68 cá nhân có thành tích xuất sắc trong phong trào công nhân, viên chức, lao động và hoạt động công đoàn năm 2026.</p>
          <p style="text-align: right;"><strong>Minh Khoa</strong></p>
        </div>
        <div class="news-rating">Đánh giá bài viết: <span class="stars">★★★★☆</span> (4,6/5 - 12 lượt đánh giá)</div>
        <div class="news-share">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u=https://ldld.tayninh.gov.vn/4512">Facebook (56)</a> <a href="https://zalo.me/share?u=4512">Zalo (23)</a></div>
      </div>
      <div class="news-related">
        <h3 class="box-title">TIN LIÊN QUAN</h3>
        <ul>
          <li><a href="/tin-tuc/hoat-dong-cong-doan/trao-1200-suat-qua-cho-cong-nhan-kcn-phuoc-dong-4508.html">Công đoàn các Khu công nghiệp tỉnh trao 1.200 suất quà cho công nhân Khu công nghiệp Phước Đông</a> <span class="date">(12/12/2026)</span></li>
          <li><a href="/tin-tuc/hoat-dong-cong-doan/ket-nap-450-doan-vien-tai-6-doanh-nghiep-fdi-4497.html">Kết nạp 450 đoàn viên mới tại 6 doanh nghiệp FDI ở xã Đức Hòa</a> <span class="date">(05/12/2026)</span></li>
          <li><a href="/tin-tuc/hoat-dong-cong-doan/tap-huan-cho-320-chu-tich-cdcs-4486.html">Tập huấn nghiệp vụ cho 320 chủ tịch công đoàn cơ sở khu vực Long An cũ</a> <span class="date">(28/11/2026)</span></li>
          <li><a href="/tin-tuc/hoat-dong-cong-doan/ban-giao-12-nha-mai-am-cong-doan-4471.html">Bàn giao 12 nhà “Mái ấm Công đoàn” trị giá 840 triệu đồng</a> <span class="date">(20/11/2026)</span></li>
          <li><a href="/tin-tuc/van-hoa-the-thao/hoi-thao-cnvcld-2026-36-doi-4462.html">Hội thao công nhân, viên chức, lao động năm 2026 thu hút 36 đội, hơn 900 vận động viên</a> <span class="date">(15/11/2026)</span></li>
        </ul>
        <h3 class="box-title">CÁC TIN KHÁC</h3>
        <ul>
          <li><a href="/tin-tuc/hoat-dong-cong-doan/doi-thoai-voi-150-cong-nhan-4455.html">Chủ tịch UBND tỉnh đối thoại với 150 công nhân, lao động</a> <span class="date">(10/11/2026)</span></li>
          <li><a href="/tin-tuc/chinh-sach-phap-luat/luong-toi-thieu-vung-2027-4449.html">Những điểm mới về lương tối thiểu vùng áp dụng từ ngày 01/01/2027</a> <span class="date">(06/11/2026)</span></li>
          <li><a href="/tin-tuc/nu-cong/trao-50-suat-hoc-bong-4440.html">Trao 50 suất học bổng “Mẹ đỡ đầu” cho con đoàn viên, mỗi suất 2 triệu đồng</a> <span class="date">(30/10/2026)</span></li>
        </ul>
      </div>
    </div>
    <div class="col-md-3" id="right-pane">
      <div class="box-right">
        <h3 class="box-title">TIÊU ĐIỂM</h3>
        <a href="/chuyen-de/nghi-quyet-02"><img src="/Uploads/banner/nq02.jpg" alt="Thực hiện Nghị quyết số 02-NQ/TW của Bộ Chính trị"></a>
        <a href="/chuyen-de/dai-hoi-cong-doan"><img src="/Uploads/banner/dai-hoi-xiv.jpg" alt="Hướng tới Đại hội XIV Công đoàn Việt Nam"></a>
      </div>
      <div class="box-right">
        <h3 class="box-title">THĂM DÒ Ý KIẾN</h3>
        <p>Bạn đánh giá thế nào về hoạt động chăm lo Tết của công đoàn năm 2026?</p>
        <ul class="poll">
          <li>Rất thiết thực: 68% (1.042 phiếu)</li>
          <li>Thiết thực: 24% (368 phiếu)</li>
          <li>Bình thường: 8% (122 phiếu)</li>
        </ul>
        <p class="poll-total">Tổng số: 1.532 lượt bình chọn</p>
      </div>
      <div class="box-right visitors">
        <h3 class="box-title">THỐNG KÊ TRUY CẬP</h3>
        <ul>
          <li>Đang truy cập: <span>127</span></li>
          <li>Hôm nay: <span>1.846</span></li>
          <li>Hôm qua: <span>2.093</span></li>
          <li>Tháng này: <span>42.519</span></li>
          <li>Tổng lượt truy cập: <span>3.218.764</span></li>
        </ul>
      </div>
    </div>
  </div>
</div>
<div class="modal" id="modal-email" style="display:none">
  <form action="/gui-email" method="post">
    <h4>Gửi bài viết qua email</h4>
    <label>Email người nhận</label><input type="email" name="to">
    <label>Lời nhắn</label><textarea name="msg" rows="3"></textarea>
    <button type="submit">Gửi</button>
  </form>
</div>
<footer id="footer">
  <div class="container">
    <p><strong>CỔNG THÔNG TIN ĐIỆN TỬ LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY NINH</strong></p>
    <p>Cơ quan chủ quản: Liên đoàn Lao động tỉnh Tây Ninh</p>
    <p>Địa chỉ: Số 15 đường Hùng Vương, phường Tân An, tỉnh Tây Ninh</p>
    <p>Điện thoại: 0272.3826.145 - Fax: 0272.3826.147 - Email: ldld@tayninh.gov.vn</p>
    <p>Chịu trách nhiệm chính: Nguyễn Thị Kim Loan - Phó Chủ tịch Liên đoàn Lao động tỉnh</p>
    <p>Giấy phép số 36/GP-TTĐT do Sở Khoa học và Công nghệ tỉnh Tây Ninh cấp ngày 14/10/2025</p>
    <p>Ghi rõ nguồn “Cổng thông tin điện tử Liên đoàn Lao động tỉnh Tây Ninh” khi phát hành lại thông tin từ Cổng thông tin điện tử này.</p>
    <p class="version">Phiên bản 2.1.0 - Thiết kế bởi Trung tâm Công nghệ thông tin và Truyền thông</p>
  </div>
</footer>
<script src="/Portals/_default/Skins/LDLD/js/bootstrap.min.js"></script>
<script>
  function setFont(px){ document.getElementById('news-content').style.fontSize = px + 'px'; }
  $(function(){ $.post('/api/tin-tuc/luot-xem', {id: 4512}); });
</script>
</body>
</html>
"""
)


BLOG_URL = "https://congdoanytethainguyen.vn" + BLOG_PATH
BLOG_TITLE = "Công đoàn ngành Y tế tổng kết công tác công đoàn năm 2026"
BLOG = (
    """<!DOCTYPE html>
"""
    + saved_from(BLOG_URL)
    + """
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<title>"""
    + BLOG_TITLE
    + """ &#8211; Công đoàn ngành Y tế Thái Nguyên</title>
<meta name="description" content="Năm 2026, Công đoàn ngành Y tế tỉnh Thái Nguyên kết nạp mới 438 đoàn viên, tặng 2.640 suất quà Tết cho đoàn viên, người lao động." />
<link rel="canonical" href=\""""
    + BLOG_URL
    + """" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:type" content="article" />
<meta property="og:title" content=\""""
    + BLOG_TITLE
    + """" />
<meta property="og:description" content="Năm 2026, Công đoàn ngành Y tế tỉnh Thái Nguyên kết nạp mới 438 đoàn viên, tặng 2.640 suất quà Tết." />
<meta property="og:url" content=\""""
    + BLOG_URL
    + """" />
<meta property="og:site_name" content="Công đoàn ngành Y tế Thái Nguyên" />
<meta property="article:published_time" content="2026-12-15T09:20:41+00:00" />
<meta property="article:modified_time" content="2026-12-16T02:05:13+00:00" />
<meta property="og:image" content="https://congdoanytethainguyen.vn/wp-content/uploads/2026/12/tong-ket-2026-1024x683.jpg" />
<meta name="author" content="Nguyễn Thu Trang" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:label1" content="Được viết bởi" />
<meta name="twitter:data1" content="Nguyễn Thu Trang" />
<meta name="twitter:label2" content="Ước tính thời gian đọc" />
<meta name="twitter:data2" content="4 phút" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":\""""
    + BLOG_URL
    + """#article","headline":\""""
    + BLOG_TITLE
    + """","datePublished":"2026-12-15T09:20:41+00:00","dateModified":"2026-12-16T02:05:13+00:00","wordCount":612,"commentCount":3,"articleSection":["Tin hoạt động","Tin nổi bật"],"inLanguage":"vi"},{"@type":"WebSite","@id":"https://congdoanytethainguyen.vn/#website","url":"https://congdoanytethainguyen.vn/","name":"Công đoàn ngành Y tế Thái Nguyên"}]}</script>
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="Công đoàn ngành Y tế Thái Nguyên &raquo; Dòng thông tin" href="https://congdoanytethainguyen.vn/feed/" />
<link rel="alternate" type="application/rss+xml" title="Công đoàn ngành Y tế Thái Nguyên &raquo; Dòng phản hồi """
    + BLOG_TITLE
    + """" href=\""""
    + BLOG_URL
    + """feed/" />
<script type="text/javascript">
window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/svg\\/","svgExt":".svg","source":{"concatemoji":"https:\\/\\/congdoanytethainguyen.vn\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.7.1"}};
!function(i,n){var o,s,e;function c(e){try{var t={supportTests:e,timestamp:(new Date).valueOf()};sessionStorage.setItem(o,JSON.stringify(t))}catch(e){}}}(window,document);
</script>
<style id='wp-emoji-styles-inline-css' type='text/css'>
img.wp-smiley, img.emoji { display: inline !important; border: none !important; height: 1em !important; width: 1em !important; margin: 0 0.07em !important; vertical-align: -0.1em !important; }
</style>
<link rel='stylesheet' id='wp-block-library-css' href='https://congdoanytethainguyen.vn/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1' type='text/css' media='all' />
<link rel='stylesheet' id='newsup-style-css' href='https://congdoanytethainguyen.vn/wp-content/themes/newsup/style.css?ver=6.7.1' type='text/css' media='all' />
<script type="text/javascript" src="https://congdoanytethainguyen.vn/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="https://congdoanytethainguyen.vn/wp-json/" />
<link rel="alternate" title="JSON" type="application/json" href="https://congdoanytethainguyen.vn/wp-json/wp/v2/posts/2871" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="https://congdoanytethainguyen.vn/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.7.1" />
<link rel='shortlink' href='https://congdoanytethainguyen.vn/?p=2871' />
</head>
<body class="post-template-default single single-post postid-2871 single-format-standard wp-embed-responsive">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
<header id="masthead" class="site-header">
  <div class="mg-head-detail hidden-xs">
    <div class="container-fluid">
      <ul class="info-left">
        <li><i class="fa fa-calendar"></i> Thứ Ba, Tháng 12 22, 2026</li>
        <li><i class="fa fa-phone"></i> 0208.3855.217</li>
      </ul>
      <ul class="mg-social info-right">
        <li><a href="https://www.facebook.com/congdoanytethainguyen" target="_blank">Facebook</a></li>
        <li><a href="https://www.youtube.com/@congdoanytethainguyen" target="_blank">YouTube</a></li>
      </ul>
    </div>
  </div>
  <div class="site-branding-text">
    <p class="site-title"><a href="https://congdoanytethainguyen.vn/" rel="home">Công đoàn ngành Y tế Thái Nguyên</a></p>
    <p class="site-description">Chăm lo &#8211; Bảo vệ &#8211; Phát triển</p>
  </div>
  <nav id="site-navigation" class="main-navigation navbar navbar-expand-lg">
    <ul id="primary-menu" class="nav navbar-nav">
      <li class="menu-item"><a href="https://congdoanytethainguyen.vn/">Trang chủ</a></li>
      <li class="menu-item"><a href="https://congdoanytethainguyen.vn/gioi-thieu/">Giới thiệu</a></li>
      <li class="menu-item current-post-ancestor"><a href="https://congdoanytethainguyen.vn/category/tin-hoat-dong/">Tin hoạt động</a></li>
      <li class="menu-item"><a href="https://congdoanytethainguyen.vn/category/chinh-sach-phap-luat/">Chính sách &#8211; Pháp luật</a></li>
      <li class="menu-item"><a href="https://congdoanytethainguyen.vn/category/nu-cong/">Nữ công</a></li>
      <li class="menu-item"><a href="https://congdoanytethainguyen.vn/category/van-ban/">Văn bản</a></li>
      <li class="menu-item"><a href="https://congdoanytethainguyen.vn/lien-he/">Liên hệ</a></li>
    </ul>
  </nav>
</header>
<div id="content" class="container-fluid">
  <div class="mg-breadcrumb">
    <a href="https://congdoanytethainguyen.vn/">Trang chủ</a> &gt; <a href="https://congdoanytethainguyen.vn/category/tin-hoat-dong/">Tin hoạt động</a> &gt; <span>"""
    + BLOG_TITLE
    + """</span>
  </div>
  <div class="row">
    <main id="primary" class="col-md-8">
      <article id="post-2871" class="post-2871 post type-post status-publish format-standard has-post-thumbnail hentry category-tin-hoat-dong category-tin-noi-bat tag-tong-ket-nam-2026 tag-cham-lo-tet tag-mai-am-cong-doan">
        <header class="entry-header">
          <div class="mg-blog-category"><a href="https://congdoanytethainguyen.vn/category/tin-hoat-dong/" rel="category tag">Tin hoạt động</a> <a href="https://congdoanytethainguyen.vn/category/tin-noi-bat/" rel="category tag">Tin nổi bật</a></div>
          <h1 class="entry-title">"""
    + BLOG_TITLE
    + """</h1>
          <div class="entry-meta">
            <span class="posted-on">Đăng ngày <a href=\""""
    + BLOG_URL
    + """" rel="bookmark"><time class="entry-date published" datetime="2026-12-15T16:20:41+07:00">15/12/2026</time><time class="updated" datetime="2026-12-16T09:05:13+07:00">16/12/2026</time></a></span>
            <span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="https://congdoanytethainguyen.vn/author/thutrang/">Nguyễn Thu Trang</a></span></span>
            <span class="comments-link"><a href=\""""
    + BLOG_URL
    + """#comments">3 bình luận</a></span>
            <span class="post-views">1.284 lượt xem</span>
          </div>
        </header>
        <div class="post-thumbnail"><img width="1024" height="683" src="https://congdoanytethainguyen.vn/wp-content/uploads/2026/12/tong-ket-2026-1024x683.jpg" class="attachment-large size-large wp-post-image" alt="" decoding="async" srcset="https://congdoanytethainguyen.vn/wp-content/uploads/2026/12/tong-ket-2026-1024x683.jpg 1024w, https://congdoanytethainguyen.vn/wp-content/uploads/2026/12/tong-ket-2026-300x200.jpg 300w" sizes="(max-width: 1024px) 100vw, 1024px" /></div>
        <div class="entry-content">
<p>Ngày 12/12/2026, Ban Chấp hành Công đoàn ngành Y tế tỉnh Thái Nguyên tổ chức hội nghị tổng kết công tác công đoàn năm 2026, triển khai nhiệm vụ năm 2027. Dự hội nghị có đại diện lãnh đạo Liên đoàn Lao động tỉnh, Sở Y tế và 86 đại biểu là chủ tịch, phó chủ tịch các công đoàn cơ sở trực thuộc.</p>
<p>Sau hơn một năm hợp nhất Công đoàn ngành Y tế tỉnh Thái Nguyên và Công đoàn ngành Y tế tỉnh Bắc Kạn, Công đoàn ngành hiện có 74 CĐCS với 12.486 đoàn viên, chiếm 99,2% tổng số cán bộ, viên chức, người lao động toàn ngành; trong đó đoàn viên nữ là 8.915 người. Trong năm, các CĐCS đã kết nạp mới 438 đoàn viên, đạt 109,5% kế hoạch.</p>
<p>Công đoàn ngành phối hợp với Sở Y tế chỉ đạo 100% đơn vị tổ chức hội nghị cán bộ, công chức, viên chức và hội nghị người lao động theo Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15. Kết quả đánh giá, xếp loại cuối năm có 68/74 CĐCS (đạt 91,9%) hoàn thành tốt nhiệm vụ trở lên.</p>
<p>Dịp Tết Bính Ngọ 2026, Công đoàn ngành và các CĐCS đã tặng 2.640 suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn, tổng trị giá gần 1,32 tỷ đồng; riêng Công đoàn ngành trao 350 suất, mỗi suất 500.000 đồng. Năm 2026, Công đoàn ngành hỗ trợ xây mới 3 nhà “Mái ấm Công đoàn” cho đoàn viên ở các xã vùng cao khu vực Bắc Kạn cũ, mỗi nhà 70 triệu đồng; thăm hỏi, trợ cấp cho 412 lượt đoàn viên ốm đau, hoàn cảnh khó khăn với số tiền 618 triệu đồng.</p>
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="https://congdoanytethainguyen.vn/wp-content/uploads/2026/12/trao-qua-tet-1024x683.jpg" alt="" class="wp-image-2874"/><figcaption class="wp-element-caption">Lãnh đạo Công đoàn ngành trao quà Tết cho nhân viên Trạm Y tế xã Bằng Thành. Ảnh: Thu Trang</figcaption></figure>
<p>Phong trào thi đua “Đổi mới phong cách, thái độ phục vụ của cán bộ y tế hướng tới sự hài lòng của người bệnh” tiếp tục được đẩy mạnh; toàn ngành có 127 sáng kiến, đề tài nghiên cứu khoa học được hội đồng khoa học các cấp công nhận. Công đoàn ngành tổ chức 6 lớp tập huấn cho 485 lượt cán bộ công đoàn cơ sở; giới thiệu 96 đoàn viên ưu tú cho Đảng xem xét, kết nạp, trong đó 71 đồng chí đã được kết nạp. Thu kinh phí và đoàn phí công đoàn đạt 8,74 tỷ đồng, bằng 101,6% dự toán.</p>
<h3 class="wp-block-heading">Nhiệm vụ năm 2027</h3>
<p>Năm 2027, Công đoàn ngành Y tế phấn đấu: kết nạp mới ít nhất 400 đoàn viên; 100% CĐCS tổ chức hội nghị cán bộ, công chức, viên chức; trên 90% CĐCS hoàn thành tốt nhiệm vụ trở lên; mỗi CĐCS giới thiệu ít nhất 1 đoàn viên ưu tú cho Đảng; chăm lo Tết Đinh Mùi 2027 cho không dưới 2.500 đoàn viên, người lao động.</p>
<p>Tại hội nghị, Công đoàn ngành tặng Giấy khen cho 18 tập thể và 32 cá nhân có thành tích xuất sắc trong công tác công đoàn năm 2026.</p>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href=\""""
    + BLOG_URL
    + """?share=facebook" target="_blank"><span>Facebook</span><span class="share-count">24</span></a></li><li class="share-twitter"><a rel="nofollow noopener noreferrer" class="share-twitter sd-button share-icon" href=\""""
    + BLOG_URL
    + """?share=twitter" target="_blank"><span>X</span></a></li><li class="share-end"></li></ul></div></div></div>
<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-loaded' id='like-post-wrapper-2871'><h3 class="sd-title">Thích điều này:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>Thích</span></span> <span class="sd-text-color">36 người thích bài này.</span></div></div>
<div id='jp-relatedposts' class='jp-relatedposts'>
  <h3 class="jp-relatedposts-headline"><em>Bài viết liên quan</em></h3>
  <div class="jp-relatedposts-items">
    <p class="jp-relatedposts-post"><a href="https://congdoanytethainguyen.vn/2026/11/28/trao-120-suat-qua-cho-nhan-vien-y-te-tuyen-xa/">Trao 120 suất quà cho nhân viên y tế tuyến xã</a> <span class="jp-relatedposts-post-date">28/11/2026</span> <span class="jp-relatedposts-post-context">Trong &quot;Tin hoạt động&quot;</span></p>
    <p class="jp-relatedposts-post"><a href="https://congdoanytethainguyen.vn/2025/12/19/tong-ket-cong-tac-cong-doan-nam-2025/">Tổng kết công tác công đoàn năm 2025: kết nạp 395 đoàn viên mới</a> <span class="jp-relatedposts-post-date">19/12/2025</span> <span class="jp-relatedposts-post-context">Trong &quot;Tin nổi bật&quot;</span></p>
    <p class="jp-relatedposts-post"><a href="https://congdoanytethainguyen.vn/2026/07/02/so-ket-6-thang-dau-nam-2026/">Sơ kết 6 tháng đầu năm 2026: 97% CĐCS tổ chức hội nghị người lao động</a> <span class="jp-relatedposts-post-date">02/7/2026</span> <span class="jp-relatedposts-post-context">Trong &quot;Tin hoạt động&quot;</span></p>
  </div>
</div>
        </div>
        <footer class="entry-footer">
          <span class="cat-links">Chuyên mục: <a href="https://congdoanytethainguyen.vn/category/tin-hoat-dong/" rel="category tag">Tin hoạt động</a>, <a href="https://congdoanytethainguyen.vn/category/tin-noi-bat/" rel="category tag">Tin nổi bật</a></span>
          <span class="tags-links">Thẻ: <a href="https://congdoanytethainguyen.vn/tag/tong-ket-nam-2026/" rel="tag">tổng kết năm 2026</a>, <a href="https://congdoanytethainguyen.vn/tag/cham-lo-tet/" rel="tag">chăm lo Tết</a>, <a href="https://congdoanytethainguyen.vn/tag/mai-am-cong-doan/" rel="tag">Mái ấm Công đoàn</a></span>
        </footer>
      </article>
      <nav class="navigation post-navigation" aria-label="Bài viết">
        <h2 class="screen-reader-text">Điều hướng bài viết</h2>
        <div class="nav-links">
          <div class="nav-previous"><a href="https://congdoanytethainguyen.vn/2026/12/10/benh-vien-a-ket-nap-35-doan-vien-moi/" rel="prev"><span class="meta-nav">Bài trước</span> Bệnh viện A Thái Nguyên kết nạp 35 đoàn viên mới</a></div>
          <div class="nav-next"><a href="https://congdoanytethainguyen.vn/2026/12/18/kham-sang-loc-cho-1200-nguoi-dan-vung-cao/" rel="next"><span class="meta-nav">Bài sau</span> Khám sàng lọc miễn phí cho 1.200 người dân vùng cao</a></div>
        </div>
      </nav>
      <div id="comments" class="comments-area">
        <h2 class="comments-title">3 phản hồi cho &ldquo;"""
    + BLOG_TITLE
    + """&rdquo;</h2>
        <ol class="comment-list">
          <li id="comment-412" class="comment even thread-even depth-1">
            <article id="div-comment-412" class="comment-body">
              <footer class="comment-meta">
                <div class="comment-author vcard"><img alt='' src='https://secure.gravatar.com/avatar/7f3a?s=32&#038;d=mm&#038;r=g' class='avatar avatar-32 photo' height='32' width='32' /><b class="fn">Nguyễn Văn Hùng</b> <span class="says">viết:</span></div>
                <div class="comment-metadata"><a href=\""""
    + BLOG_URL
    + """#comment-412"><time datetime="2026-12-15T20:14:08+07:00">15/12/2026 lúc 20:14</time></a></div>
              </footer>
              <div class="comment-content"><p>Đơn vị tôi (Trung tâm Y tế khu vực Phú Bình) cũng trao 25 suất quà Tết cho nhân viên hợp đồng, mỗi suất 400.000 đồng. Mong năm 2027 Công đoàn ngành hỗ trợ thêm cho các trạm y tế xã.</p></div>
              <div class="reply"><a rel='nofollow' class='comment-reply-link' href='#comment-412' data-commentid="412" data-postid="2871">Trả lời</a></div>
            </article>
          </li>
          <li id="comment-415" class="comment odd alt thread-odd thread-alt depth-1 parent">
            <article id="div-comment-415" class="comment-body">
              <footer class="comment-meta">
                <div class="comment-author vcard"><img alt='' src='https://secure.gravatar.com/avatar/c21e?s=32&#038;d=mm&#038;r=g' class='avatar avatar-32 photo' height='32' width='32' /><b class="fn">Hoàng Thị Mai</b> <span class="says">viết:</span></div>
                <div class="comment-metadata"><a href=\""""
    + BLOG_URL
    + """#comment-415"><time datetime="2026-12-16T07:52:31+07:00">16/12/2026 lúc 07:52</time></a></div>
              </footer>
              <div class="comment-content"><p>Năm nay CĐCS Bệnh viện Đa khoa Bắc Kạn kết nạp 42 đoàn viên mới, 100% người lao động hợp đồng đã vào công đoàn. Xin cảm ơn Ban Biên tập!</p></div>
              <div class="reply"><a rel='nofollow' class='comment-reply-link' href='#comment-415' data-commentid="415" data-postid="2871">Trả lời</a></div>
            </article>
            <ol class="children">
              <li id="comment-416" class="comment byuser comment-author-bbt bypostauthor even depth-2">
                <article id="div-comment-416" class="comment-body">
                  <footer class="comment-meta">
                    <div class="comment-author vcard"><img alt='' src='https://secure.gravatar.com/avatar/0b9d?s=32&#038;d=mm&#038;r=g' class='avatar avatar-32 photo' height='32' width='32' /><b class="fn">Ban Biên tập</b> <span class="says">viết:</span></div>
                    <div class="comment-metadata"><a href=\""""
    + BLOG_URL
    + """#comment-416"><time datetime="2026-12-16T09:05:47+07:00">16/12/2026 lúc 09:05</time></a></div>
                  </footer>
                  <div class="comment-content"><p>Cảm ơn chị Mai. Số 438 đoàn viên kết nạp mới nêu trong bài là số tổng hợp của 74 CĐCS đến hết ngày 30/11/2026.</p></div>
                  <div class="reply"><a rel='nofollow' class='comment-reply-link' href='#comment-416' data-commentid="416" data-postid="2871">Trả lời</a></div>
                </article>
              </li>
            </ol>
          </li>
        </ol>
        <div id="respond" class="comment-respond">
          <h3 id="reply-title" class="comment-reply-title">Để lại một bình luận <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Hủy</a></small></h3>
          <form action="https://congdoanytethainguyen.vn/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
            <p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> <span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span></span></p>
            <p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
            <p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
            <p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>
            <p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">Lưu tên, email và trang web của tôi trong trình duyệt này cho lần bình luận kế tiếp của tôi.</label></p>
            <p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /> <input type='hidden' name='comment_post_ID' value='2871' id='comment_post_ID' /> <input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p>
          </form>
        </div>
      </div>
    </main>
    <aside id="secondary" class="widget-area col-md-4">
      <section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://congdoanytethainguyen.vn/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Tìm kiếm" /></form></section>
      <section id="recent-posts-2" class="widget widget_recent_entries">
        <h2 class="widget-title">Bài viết mới</h2>
        <ul>
          <li><a href="https://congdoanytethainguyen.vn/2026/12/18/kham-sang-loc-cho-1200-nguoi-dan-vung-cao/">Khám sàng lọc miễn phí cho 1.200 người dân vùng cao</a></li>
          <li><a href="https://congdoanytethainguyen.vn/2026/12/15/cong-doan-nganh-y-te-tong-ket-cong-tac-cong-doan-nam-2026/" aria-current="page">"""
    + BLOG_TITLE
    + """</a></li>
          <li><a href="https://congdoanytethainguyen.vn/2026/12/10/benh-vien-a-ket-nap-35-doan-vien-moi/">Bệnh viện A Thái Nguyên kết nạp 35 đoàn viên mới</a></li>
          <li><a href="https://congdoanytethainguyen.vn/2026/12/03/hoi-thao-nganh-y-te-2026/">Hội thao ngành Y tế năm 2026: 18 đoàn, 640 vận động viên tranh tài</a></li>
          <li><a href="https://congdoanytethainguyen.vn/2026/11/28/trao-120-suat-qua-cho-nhan-vien-y-te-tuyen-xa/">Trao 120 suất quà cho nhân viên y tế tuyến xã</a></li>
        </ul>
      </section>
      <section id="recent-comments-2" class="widget widget_recent_comments">
        <h2 class="widget-title">Bình luận gần đây</h2>
        <ul id="recentcomments">
          <li class="recentcomments"><span class="comment-author-link">Ban Biên tập</span> trong <a href=\""""
    + BLOG_URL
    + """#comment-416">"""
    + BLOG_TITLE
    + """</a></li>
          <li class="recentcomments"><span class="comment-author-link">Hoàng Thị Mai</span> trong <a href=\""""
    + BLOG_URL
    + """#comment-415">"""
    + BLOG_TITLE
    + """</a></li>
          <li class="recentcomments"><span class="comment-author-link">Lê Minh Đức</span> trong <a href="https://congdoanytethainguyen.vn/2026/11/28/trao-120-suat-qua-cho-nhan-vien-y-te-tuyen-xa/#comment-398">Trao 120 suất quà cho nhân viên y tế tuyến xã</a></li>
        </ul>
      </section>
      <section id="categories-2" class="widget widget_categories">
        <h2 class="widget-title">Chuyên mục</h2>
        <ul>
          <li class="cat-item"><a href="https://congdoanytethainguyen.vn/category/chinh-sach-phap-luat/">Chính sách &#8211; Pháp luật</a> (46)</li>
          <li class="cat-item"><a href="https://congdoanytethainguyen.vn/category/guong-dien-hinh/">Gương điển hình</a> (18)</li>
          <li class="cat-item"><a href="https://congdoanytethainguyen.vn/category/nu-cong/">Nữ công</a> (37)</li>
          <li class="cat-item"><a href="https://congdoanytethainguyen.vn/category/tin-hoat-dong/">Tin hoạt động</a> (128)</li>
          <li class="cat-item"><a href="https://congdoanytethainguyen.vn/category/tin-noi-bat/">Tin nổi bật</a> (12)</li>
          <li class="cat-item"><a href="https://congdoanytethainguyen.vn/category/van-ban/">Văn bản</a> (64)</li>
          <li class="cat-item"><a href="https://congdoanytethainguyen.vn/category/van-hoa-the-thao/">Văn hóa &#8211; Thể thao</a> (29)</li>
        </ul>
      </section>
      <section id="archives-2" class="widget widget_archive">
        <h2 class="widget-title">Lưu trữ</h2>
        <ul>
          <li><a href="https://congdoanytethainguyen.vn/2026/12/">Tháng 12 2026</a>&nbsp;(4)</li>
          <li><a href="https://congdoanytethainguyen.vn/2026/11/">Tháng 11 2026</a>&nbsp;(9)</li>
          <li><a href="https://congdoanytethainguyen.vn/2026/10/">Tháng 10 2026</a>&nbsp;(7)</li>
          <li><a href="https://congdoanytethainguyen.vn/2026/09/">Tháng 9 2026</a>&nbsp;(11)</li>
          <li><a href="https://congdoanytethainguyen.vn/2026/08/">Tháng 8 2026</a>&nbsp;(6)</li>
        </ul>
      </section>
      <section id="tag_cloud-2" class="widget widget_tag_cloud">
        <h2 class="widget-title">Thẻ</h2>
        <div class="tagcloud">
          <a href="https://congdoanytethainguyen.vn/tag/cham-lo-tet/" class="tag-cloud-link" style="font-size: 22pt;" aria-label="chăm lo Tết (14 mục)">chăm lo Tết</a>
          <a href="https://congdoanytethainguyen.vn/tag/mai-am-cong-doan/" class="tag-cloud-link" style="font-size: 12pt;" aria-label="Mái ấm Công đoàn (6 mục)">Mái ấm Công đoàn</a>
          <a href="https://congdoanytethainguyen.vn/tag/nghi-quyet-02/" class="tag-cloud-link" style="font-size: 10pt;" aria-label="Nghị quyết 02 (4 mục)">Nghị quyết 02</a>
          <a href="https://congdoanytethainguyen.vn/tag/phat-trien-doan-vien/" class="tag-cloud-link" style="font-size: 16pt;" aria-label="phát triển đoàn viên (9 mục)">phát triển đoàn viên</a>
          <a href="https://congdoanytethainguyen.vn/tag/tong-ket-nam-2026/" class="tag-cloud-link" style="font-size: 8pt;" aria-label="tổng kết năm 2026 (2 mục)">tổng kết năm 2026</a>
        </div>
      </section>
      <section id="counter-2" class="widget widget_counter">
        <h2 class="widget-title">Thống kê truy cập</h2>
        <ul><li>Đang trực tuyến: 9</li><li>Hôm nay: 312</li><li>Tổng lượt truy cập: 185.420</li></ul>
      </section>
    </aside>
  </div>
</div>
<footer class="site-footer">
  <div class="site-info">
    <p>&copy; 2026 Công đoàn ngành Y tế tỉnh Thái Nguyên &middot; Số 479 đường Lương Ngọc Quyến, phường Phan Đình Phùng, tỉnh Thái Nguyên &middot; ĐT: 0208.3855.217</p>
    <p><a href="https://wordpress.org/">Vận hành bởi WordPress</a> | Giao diện: Newsup của Themeansar.</p>
  </div>
</footer>
</div>
<script type="text/javascript" src="https://congdoanytethainguyen.vn/wp-includes/js/comment-reply.min.js?ver=6.7.1" id="comment-reply-js" async data-wp-strategy="async"></script>
<script type="text/javascript" src="https://congdoanytethainguyen.vn/wp-content/themes/newsup/js/custom.js?ver=6.7.1" id="newsup-custom-js"></script>
</body>
</html>
"""
)


NEWS_URL = "https://doisongcongnhan.vn" + NEWS_PATH
NEWS_TITLE = "Cà Mau: Hơn 9.600 đoàn viên được kết nạp mới trong năm 2026"
NEWS = (
    """<!DOCTYPE html>
"""
    + saved_from(NEWS_URL)
    + """
<html lang="vi" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=5">
<title>"""
    + NEWS_TITLE
    + """ | Báo Đời sống Công nhân</title>
<meta name="description" content="Năm đầu tiên hoạt động trọn năm sau hợp nhất, Liên đoàn Lao động tỉnh Cà Mau kết nạp mới 9.642 đoàn viên, thành lập 58 công đoàn cơ sở.">
<meta name="keywords" content="Cà Mau, công đoàn, kết nạp đoàn viên, tổng kết năm 2026, Tết Sum vầy">
<meta name="news_keywords" content="Cà Mau, công đoàn, kết nạp đoàn viên">
<meta property="og:site_name" content="Báo Đời sống Công nhân">
<meta property="og:type" content="article">
<meta property="og:title" content=\""""
    + NEWS_TITLE
    + """">
<meta property="og:description" content="Liên đoàn Lao động tỉnh Cà Mau kết nạp mới 9.642 đoàn viên, thành lập 58 công đoàn cơ sở trong năm 2026.">
<meta property="og:url" content=\""""
    + NEWS_URL
    + """">
<meta property="og:image" content="https://cdn.doisongcongnhan.vn/2026/12/23/ca-mau-tong-ket-2026-1.jpg">
<meta property="article:published_time" content="2026-12-23T07:30:00+07:00">
<meta property="article:section" content="Công đoàn">
<meta property="article:author" content="Lâm Ngọc Hân">
<meta name="dable:item_id" content="1184526">
<link rel="canonical" href=\""""
    + NEWS_URL
    + """">
<link rel="amphtml" href="https://doisongcongnhan.vn/amp/cong-doan/ca-mau-hon-9600-doan-vien-duoc-ket-nap-moi-trong-nam-2026-1184526.html">
<link rel="stylesheet" href="https://static.doisongcongnhan.vn/css/main.min.css?v=3.8.12">
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>
  window.googletag = window.googletag || {cmd: []};
  googletag.cmd.push(function() {
    googletag.defineSlot('/21974123/dscn_top_970x250', [970, 250], 'ad-top').addService(googletag.pubads());
    googletag.defineSlot('/21974123/dscn_right_300x600', [300, 600], 'ad-right').addService(googletag.pubads());
    googletag.enableServices();
  });
</script>
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","mainEntityOfPage":\""""
    + NEWS_URL
    + """","headline":\""""
    + NEWS_TITLE
    + """","datePublished":"2026-12-23T07:30:00+07:00","dateModified":"2026-12-23T08:02:00+07:00","author":{"@type":"Person","name":"Lâm Ngọc Hân"},"publisher":{"@type":"Organization","name":"Báo Đời sống Công nhân"}}
</script>
</head>
<body class="detail-page cate-cong-doan">
<div class="ad ad-top" id="ad-top"><span class="ad-label">Quảng cáo</span><a href="https://ads.example-bank.vn/vay-tieu-dung" rel="sponsored"><img src="https://cdn.doisongcongnhan.vn/ads/banner-vay-970x250.jpg" alt="Vay tiêu dùng lãi suất chỉ từ 0,5%/tháng - Gọi ngay 1900 6868"></a></div>
<header class="header">
  <div class="header-top">
    <div class="container">
      <span class="date">Thứ Tư, 23/12/2026</span>
      <span class="weather">Cà Mau 27°C</span>
      <span class="hotline">Đường dây nóng: 0965.112.233</span>
      <a href="/dang-nhap" class="login">Đăng nhập</a>
    </div>
  </div>
  <div class="header-main container">
    <a href="/" class="logo"><img src="https://static.doisongcongnhan.vn/images/logo.svg" alt="Báo Đời sống Công nhân"></a>
    <form class="search" action="/tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm"><button>Tìm</button></form>
  </div>
  <nav class="main-nav">
    <div class="container">
      <ul>
        <li><a href="/">Trang chủ</a></li>
        <li><a href="/thoi-su">Thời sự</a></li>
        <li class="active"><a href="/cong-doan">Công đoàn</a></li>
        <li><a href="/viec-lam">Việc làm</a></li>
        <li><a href="/phap-luat">Pháp luật</a></li>
        <li><a href="/ban-doc">Bạn đọc</a></li>
        <li><a href="/doi-song">Đời sống</a></li>
        <li><a href="/the-thao">Thể thao</a></li>
        <li><a href="/video">Video</a></li>
        <li><a href="/emagazine">eMagazine</a></li>
      </ul>
    </div>
  </nav>
  <div class="trending container">Sự kiện: <a href="/su-kien/tet-dinh-mui-2027">Tết Đinh Mùi 2027</a> <a href="/su-kien/dai-hoi-cong-doan-xiv">Đại hội XIV Công đoàn Việt Nam</a> <a href="/su-kien/luong-toi-thieu-2027">Lương tối thiểu 2027</a></div>
</header>
<main class="container detail">
  <div class="row">
    <div class="col-main">
      <div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/cong-doan">Công đoàn</a> / <a href="/cong-doan/hoat-dong">Hoạt động</a></div>
      <article class="article-detail" id="article-1184526">
        <h1 class="article-title">"""
    + NEWS_TITLE
    + """</h1>
        <div class="article-meta">
          <span class="author">Lâm Ngọc Hân</span>
          <span class="time">Thứ Tư, 23/12/2026 07:30 (GMT+7)</span>
          <span class="social"><a class="fb-like" href="#">Thích 128</a> <a class="fb-share" href="#">Chia sẻ 45</a> <a class="zalo" href="#">Zalo</a> <a href="#comments" class="cmt">Bình luận (0)</a></span>
        </div>
        <div class="article-sapo"><strong>(ĐSCN) - Ngày 22/12, Liên đoàn Lao động tỉnh Cà Mau tổ chức hội nghị tổng kết hoạt động công đoàn năm 2026. Năm đầu tiên hoạt động trọn năm sau hợp nhất, toàn tỉnh kết nạp mới 9.642 đoàn viên, thành lập 58 công đoàn cơ sở.</strong></div>
        <div class="article-body" id="article-body">
          <p>Báo cáo tại hội nghị cho biết, đến ngày 30/11/2026, Liên đoàn Lao động tỉnh Cà Mau có 1.946 CĐCS với 128.730 đoàn viên; tỷ lệ đoàn viên trên tổng số lao động tại các đơn vị có tổ chức công đoàn đạt 91,3%. Trong năm, toàn tỉnh kết nạp mới 9.642 đoàn viên, đạt 120,5% kế hoạch; thành lập mới 58 CĐCS, trong đó 41 CĐCS ở doanh nghiệp ngoài nhà nước.</p>
          <figure class="image align-center">
            <img src="https://cdn.doisongcongnhan.vn/2026/12/23/ca-mau-tong-ket-2026-1.jpg" alt="Trao Bằng khen tại hội nghị" width="800" height="533">
            <figcaption>Lãnh đạo Liên đoàn Lao động tỉnh Cà Mau trao Bằng khen cho 24 tập thể và 37 cá nhân có thành tích xuất sắc năm 2026. Ảnh: Ngọc Hân</figcaption>
          </figure>
          <p>Công tác đại diện, bảo vệ quyền lợi của người lao động có nhiều chuyển biến. Toàn tỉnh có 742/798 doanh nghiệp có CĐCS tổ chức đối thoại định kỳ, đạt 93%; 412 doanh nghiệp ký kết thỏa ước lao động tập thể, chiếm 51,6% số doanh nghiệp có CĐCS.</p>
          <div class="box-readmore">
            <span class="label">Đọc thêm:</span> <a href="/cong-doan/cong-doan-cac-kcn-tay-ninh-ky-35-ban-thoa-uoc-nhom-1183977.html">Công đoàn các Khu công nghiệp Tây Ninh ký 35 bản thỏa ước nhóm, hơn 28.000 công nhân được hưởng lợi</a>
          </div>
          <p>Dịp Tết Nguyên đán Bính Ngọ 2026, các cấp công đoàn trao 41.380 suất quà với tổng trị giá 23,6 tỷ đồng; tổ chức 18 chuyến xe và hỗ trợ vé tàu, xe cho 1.240 công nhân về quê đón Tết. Quỹ Xã hội Công đoàn tỉnh vận động được 4,2 tỷ đồng, xây mới 52 nhà “Mái ấm Công đoàn”, mỗi căn được hỗ trợ từ 60 đến 80 triệu đồng.</p>
          <figure class="image align-center">
            <img src="https://cdn.doisongcongnhan.vn/2026/12/23/ca-mau-tong-ket-2026-2.jpg" alt="Tết Sum vầy" width="800" height="533">
            <figcaption>Công nhân Khu công nghiệp Khánh An nhận quà tại chương trình “Tết Sum vầy” năm 2026. Ảnh: Ngọc Hân</figcaption>
          </figure>
          <p>Năm 2026, trên địa bàn tỉnh xảy ra 2 cuộc ngừng việc tập thể. Các cấp công đoàn tư vấn pháp luật cho 5.310 lượt người lao động; đại diện tham gia tố tụng 14 vụ án lao động, giúp người lao động nhận lại hơn 1,1 tỷ đồng.</p>
          <div class="ad ad-inread" id="ad-inread"><span class="ad-label">Quảng cáo</span><a href="https://shop.example.vn/khuyen-mai" rel="sponsored">Giảm đến 30% đồ gia dụng dịp cuối năm - Miễn phí giao hàng đơn từ 299.000 đồng</a></div>
          <p>Phong trào thi đua “Lao động giỏi, lao động sáng tạo” có 1.874 sáng kiến được công nhận, làm lợi trên 52 tỷ đồng. Các cấp công đoàn giới thiệu 724 đoàn viên ưu tú cho Đảng xem xét, kết nạp, trong đó 518 đồng chí đã được kết nạp. Tổng thu tài chính công đoàn ước đạt 118,4 tỷ đồng, vượt 6,8% dự toán.</p>
          <p>Phát biểu tại hội nghị, bà Lý Thị Kim Phượng, Phó Chủ tịch Ủy ban nhân dân tỉnh, đề nghị các cấp công đoàn tiếp tục thực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị, quan tâm hơn nữa đến việc làm, thu nhập, nhà ở của công nhân lao động.</p>
          <p>Năm 2027, Liên đoàn Lao động tỉnh Cà Mau đặt mục tiêu kết nạp mới 9.000 đoàn viên, thành lập mới ít nhất 45 CĐCS; phấn đấu 95% doanh nghiệp có CĐCS tổ chức đối thoại định kỳ, 55% doanh nghiệp có CĐCS ký kết thỏa ước lao động tập thể và xây mới 40 nhà “Mái ấm Công đoàn”.</p>
          <p class="author-bottom" style="text-align:right"><strong>Lâm Ngọc Hân</strong></p>
        </div>
        <div class="article-tags">Từ khóa: <a href="/tag/ca-mau">Cà Mau</a> <a href="/tag/lien-doan-lao-dong-tinh-ca-mau">Liên đoàn Lao động tỉnh Cà Mau</a> <a href="/tag/ket-nap-doan-vien">kết nạp đoàn viên</a> <a href="/tag/mai-am-cong-doan">Mái ấm Công đoàn</a></div>
        <div class="article-share">Chia sẻ bài viết: <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Sao chép liên kết</a></div>
      </article>
      <section class="related-news">
        <h3 class="title-box">Tin liên quan</h3>
        <ul>
          <li><a href="/cong-doan/ca-mau-trao-2000-suat-qua-cho-cong-nhan-khu-vuc-bac-lieu-cu-1179804.html">Cà Mau: Trao 2.000 suất quà cho công nhân lao động khu vực Bạc Liêu cũ</a> <span class="time">18/01/2026</span></li>
          <li><a href="/cong-doan/ldld-tinh-ca-mau-ban-giao-15-nha-mai-am-cong-doan-1182215.html">Liên đoàn Lao động tỉnh Cà Mau bàn giao 15 nhà “Mái ấm Công đoàn”</a> <span class="time">27/8/2026</span></li>
          <li><a href="/cong-doan/hon-1200-cong-nhan-duoc-ho-tro-ve-xe-ve-que-1179950.html">Hơn 1.200 công nhân được hỗ trợ vé xe về quê đón Tết Bính Ngọ 2026</a> <span class="time">05/02/2026</span></li>
          <li><a href="/cong-doan/ca-mau-96-doanh-nghiep-to-chuc-hoi-nghi-nguoi-lao-dong-1181066.html">Cà Mau: 96% doanh nghiệp có công đoàn cơ sở tổ chức hội nghị người lao động</a> <span class="time">12/5/2026</span></li>
        </ul>
      </section>
      <section class="comments" id="comments">
        <h3 class="title-box">Bình luận</h3>
        <p class="no-comment">Chưa có bình luận nào. Hãy là người đầu tiên bình luận về bài viết này.</p>
        <form action="/binh-luan" method="post"><textarea name="noi_dung" placeholder="Ý kiến của bạn (tối thiểu 20 ký tự)"></textarea><input name="ten" placeholder="Họ tên"><input name="email" placeholder="Email"><button>Gửi bình luận</button></form>
      </section>
      <section class="cate-news">
        <h3 class="title-box"><a href="/cong-doan">Tin mới Công đoàn</a></h3>
        <div class="item"><a href="/cong-doan/hue-ky-27-ban-thoa-uoc-1184511.html">Huế: 27 bản thỏa ước lao động tập thể được ký mới trong quý IV</a><p>Quý IV/2026, các cấp công đoàn thành phố Huế ký mới 27 bản thỏa ước, nâng tổng số lên 342 bản.</p></div>
        <div class="item"><a href="/cong-doan/lam-dong-tro-cap-1184498.html">Lâm Đồng trợ cấp 1,2 tỷ đồng cho đoàn viên bị ảnh hưởng mưa lũ</a><p>Có 860 đoàn viên ở khu vực Đắk Nông cũ được trợ cấp, mỗi người 1,5 triệu đồng.</p></div>
      </section>
    </div>
    <aside class="col-side">
      <div class="ad ad-right" id="ad-right"><span class="ad-label">Quảng cáo</span><a href="https://bds.example.vn/nha-o-xa-hoi" rel="sponsored"><img src="https://cdn.doisongcongnhan.vn/ads/nha-o-xa-hoi-300x600.jpg" alt="Nhà ở xã hội chỉ từ 650 triệu đồng/căn, trả trước 20%"></a></div>
      <div class="box-most-read">
        <h3 class="title-box">Xem nhiều</h3>
        <ol>
          <li><span class="num">1</span><a href="/cong-doan/thai-nguyen-ket-nap-7300-doan-vien-1184402.html">Thái Nguyên: Kết nạp 7.300 đoàn viên, vượt 12% kế hoạch năm 2026</a></li>
          <li><span class="num">2</span><a href="/cong-doan/ha-tinh-trao-35000-suat-qua-tet-1184450.html">Hà Tĩnh dự kiến trao 35.000 suất quà Tết Đinh Mùi 2027 cho người lao động</a></li>
          <li><span class="num">3</span><a href="/phap-luat/lam-dong-126-doanh-nghiep-cham-dong-bhxh-1184377.html">Lâm Đồng: 126 doanh nghiệp chậm đóng bảo hiểm xã hội hơn 48 tỷ đồng</a></li>
          <li><span class="num">4</span><a href="/viec-lam/tay-ninh-can-tuyen-12000-lao-dong-1184415.html">Tây Ninh: Doanh nghiệp cần tuyển 12.000 lao động dịp cuối năm</a></li>
          <li><span class="num">5</span><a href="/doi-song/tay-ninh-412-cong-nhan-nhan-nha-o-xa-hoi-1184391.html">412 công nhân nhận nhà ở xã hội tại Khu công nghiệp Phước Đông</a></li>
          <li><span class="num">6</span><a href="/the-thao/ca-mau-giai-bong-da-cong-nhan-24-doi-1184322.html">Cà Mau: Giải bóng đá công nhân thu hút 24 đội tham gia</a></li>
          <li><span class="num">7</span><a href="/cong-doan/quang-tri-3-cuoc-ngung-viec-1184310.html">Quảng Trị: 3 cuộc ngừng việc tập thể được giải quyết trong 48 giờ</a></li>
          <li><span class="num">8</span><a href="/cong-doan/nghe-an-ho-tro-500-trieu-dong-1184287.html">Nghệ An hỗ trợ 500 triệu đồng cho đoàn viên bị thiệt hại do bão</a></li>
          <li><span class="num">9</span><a href="/cong-doan/tuyen-quang-1150-sang-kien-1184264.html">Tuyên Quang: 1.150 sáng kiến được công nhận trong năm 2026</a></li>
          <li><span class="num">10</span><a href="/cong-doan/hung-yen-27-ban-thoa-uoc-nhom-1184241.html">Hưng Yên: Ký 27 bản thỏa ước lao động tập thể nhóm doanh nghiệp</a></li>
        </ol>
      </div>
      <div class="box-video">
        <h3 class="title-box">Video</h3>
        <a href="/video/chuyen-xe-cong-doan-2027-1184333.html">Chuyến xe Công đoàn 2027: 60 xe sẵn sàng đưa công nhân về quê</a> <span class="duration">03:42</span>
      </div>
    </aside>
  </div>
</main>
<footer class="footer">
  <div class="container">
    <p class="footer-logo">BÁO ĐỜI SỐNG CÔNG NHÂN</p>
    <p>Cơ quan chủ quản: Hội Nghiên cứu Quan hệ lao động Việt Nam</p>
    <p>Giấy phép hoạt động báo điện tử số 215/GP-BVHTTDL ngày 12/5/2025 của Bộ Văn hóa, Thể thao và Du lịch</p>
    <p>Tổng Biên tập: Đặng Minh Tuấn - Phó Tổng Biên tập: Trịnh Thu Hằng</p>
    <p>Tòa soạn: Số 48 Trần Quang Khải, phường Hoàn Kiếm, Hà Nội - Điện thoại: 024.3942.8671 - Email: toasoan@doisongcongnhan.vn</p>
    <p>Liên hệ quảng cáo: 0912.345.678</p>
    <p>&copy; 2018 - 2026 Bản quyền thuộc về Báo Đời sống Công nhân. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p>
  </div>
</footer>
<script src="https://static.doisongcongnhan.vn/js/main.min.js?v=3.8.12"></script>
<script>window.__ARTICLE__ = {id: 1184526, cate: 12, views: 8412};</script>
</body>
</html>
"""
)


NOTICE_URL = "https://congdoanhue.vn" + NOTICE_PATH
NOTICE = (
    """<!DOCTYPE html>
"""
    + saved_from(NOTICE_URL)
    + """
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Báo cáo tổng kết công tác công đoàn năm 2026 - Liên đoàn Lao động thành phố Huế</title>
<meta name="description" content="Báo cáo tổng kết công tác công đoàn năm 2026, phương hướng, nhiệm vụ năm 2027 của Liên đoàn Lao động thành phố Huế.">
<meta property="og:type" content="article">
<meta property="og:title" content="Báo cáo tổng kết công tác công đoàn năm 2026">
<meta property="og:url" content=\""""
    + NOTICE_URL
    + """">
<meta property="article:published_time" content="2026-12-22T14:20:00+07:00">
<link rel="stylesheet" href="/Content/site.css?v=1.9">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-HUE4C7D2PL"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-HUE4C7D2PL');</script>
</head>
<body>
<header class="header">
  <div class="top-line">
    <span>Thứ Ba, 22/12/2026</span>
    <span>Đường dây nóng: 0234.3822.614</span>
  </div>
  <div class="logo-line">
    <a href="/"><img src="/Content/images/logo-cdvn.png" alt="Công đoàn Việt Nam"></a>
    <span class="site-name">LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HUẾ</span>
  </div>
  <nav class="menu">
    <a href="/">Trang chủ</a>
    <a href="/gioi-thieu">Giới thiệu</a>
    <a href="/tin-tuc">Tin tức</a>
    <a href="/van-ban" class="active">Văn bản</a>
    <a href="/tu-van-phap-luat">Tư vấn pháp luật</a>
    <a href="/lien-he">Liên hệ</a>
  </nav>
</header>
<div class="wrapper">
  <div class="main-col">
    <div class="path"><a href="/">Trang chủ</a> » <a href="/van-ban">Văn bản</a> » <a href="/van-ban/bao-cao">Báo cáo</a></div>
    <div class="doc-detail">
      <h1>Báo cáo tổng kết công tác công đoàn năm 2026</h1>
      <div class="doc-info">Ngày đăng: 22/12/2026 14:20 | Lượt xem: 412 | Lượt tải: 57</div>
      <div class="doc-body">
        <p>Trân trọng giới thiệu toàn văn Báo cáo số 625/BC-LĐLĐ ngày 21/12/2026.</p>
        <p class="attach">Tải về: <a href=\""""
    + PDF_PATH
    + """" target="_blank">bao-cao.pdf</a> <span class="file-size">(PDF, 318 KB)</span></p>
      </div>
    </div>
    <div class="other-docs">
      <h3>Văn bản khác</h3>
      <ul>
        <li><a href="/van-ban/ke-hoach-cham-lo-tet-dinh-mui-2027-618.html">Kế hoạch số 118/KH-LĐLĐ ngày 04/12/2026 chăm lo Tết Đinh Mùi 2027 cho 30.000 đoàn viên, người lao động</a> <span>(04/12/2026)</span></li>
        <li><a href="/van-ban/bao-cao-so-ket-6-thang-2026-571.html">Báo cáo sơ kết công tác công đoàn 6 tháng đầu năm 2026</a> <span>(10/7/2026)</span></li>
        <li><a href="/van-ban/huong-dan-danh-gia-cdcs-2026-566.html">Hướng dẫn số 21/HD-LĐLĐ đánh giá, xếp loại CĐCS năm 2026</a> <span>(02/7/2026)</span></li>
      </ul>
    </div>
  </div>
  <div class="side-col">
    <div class="box">
      <h3>Lịch công tác</h3>
      <p>Tuần 52 (21/12/2026 - 27/12/2026)</p>
      <p>Thứ Tư 23/12: 8h00 họp Ban Thường vụ, phòng họp số 2</p>
    </div>
    <div class="box">
      <h3>Tin nổi bật</h3>
      <ul>
        <li><a href="/tin-tuc/trao-500-suat-qua-cong-nhan-kcn-phong-dien-1290.html">Trao 500 suất quà cho công nhân Khu công nghiệp Phong Điền</a></li>
        <li><a href="/tin-tuc/tap-huan-luat-cong-doan-2024-1286.html">Tập huấn Luật Công đoàn 2024 cho 210 cán bộ công đoàn cơ sở</a></li>
        <li><a href="/tin-tuc/ban-giao-4-nha-mai-am-1281.html">Bàn giao 4 nhà “Mái ấm Công đoàn” tại phường Hương Trà</a></li>
      </ul>
    </div>
    <div class="box counter">
      <h3>Thống kê truy cập</h3>
      <p>Trực tuyến: 23</p>
      <p>Hôm nay: 684</p>
      <p>Tổng số: 1.426.093</p>
    </div>
  </div>
</div>
<footer class="footer">
  <p>LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HUẾ</p>
  <p>Địa chỉ: Số 07 Lê Lợi, phường Thuận Hóa, thành phố Huế - Điện thoại: 0234.3822.614 - Fax: 0234.3822.615</p>
  <p>Giấy phép số 12/GP-TTĐT ngày 06/3/2025 - Chịu trách nhiệm nội dung: Trưởng Ban Tuyên giáo Liên đoàn Lao động thành phố</p>
</footer>
</body>
</html>
"""
)


def main() -> None:
    pages = {
        "portal.html": PORTAL,
        "blog.html": BLOG,
        "newspaper.html": NEWS,
        "notice.html": NOTICE,
    }
    for name, html in pages.items():
        (HERE / name).write_text(html, encoding="utf-8", newline="\n")
    html_type = "text/html; charset=utf-8"
    site = [
        {"path": PORTAL_PATH, "file": "portal.html", "content_type": html_type},
        {"path": BLOG_PATH, "file": "blog.html", "content_type": html_type},
        {"path": NEWS_PATH, "file": "newspaper.html", "content_type": html_type},
        {"path": NOTICE_PATH, "file": "notice.html", "content_type": html_type},
        {"path": PDF_PATH, "file": "bao-cao.pdf", "content_type": "application/pdf"},
    ]
    (HERE / "site.json").write_text(
        json.dumps(site, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    for name in pages:
        print(name, (HERE / name).stat().st_size, "bytes")


if __name__ == "__main__":
    main()
