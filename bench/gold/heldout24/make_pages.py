"""heldout24 pages: writes joomla.html, national.html, district.html, paged.html and site.json.

Four saved web pages of Vietnamese union and news sites, written for the set (every person,
figure and local document invented; the national documents cited are real). Each page is the
complete HTML a browser saves, with the site's furniture full of numbers that are not the
story's. The pages are plain text in this script, written out unchanged.

Run:  /work/main/.venv/bin/python bench/gold/heldout24/make_pages.py
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# =============================================================================================
# 1. joomla.html: an older Joomla 3 (Protostar-like) site of LĐLĐ tỉnh Nghệ An
# =============================================================================================
JOOMLA = """<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta charset="utf-8" />
<base href="https://ldldnghean.org.vn/index.php/tin-tuc/tin-hoat-dong/4381-ldld-tinh-nghe-an-tong-ket-cong-tac-cong-doan-nam-2025" />
<meta name="keywords" content="tổng kết năm 2025, LĐLĐ Nghệ An, kết nạp đoàn viên, Tết Sum vầy, Mái ấm Công đoàn" />
<meta name="author" content="Hồng Nhung" />
<meta name="description" content="Năm 2025, các cấp công đoàn tỉnh Nghệ An kết nạp mới 6.520 đoàn viên, thành lập 47 CĐCS, chăm lo cho hơn 182.000 lượt đoàn viên, người lao động." />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>LĐLĐ tỉnh Nghệ An: Năm 2025 kết nạp mới 6.520 đoàn viên, thành lập 47 CĐCS - Liên đoàn Lao động tỉnh Nghệ An</title>
<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/media/jui/css/bootstrap.min.css?5e1b9a3d2c" rel="stylesheet" />
<link href="/templates/protostar/css/template.css?5e1b9a3d2c" rel="stylesheet" />
<link href="/modules/mod_vvisit_counter/mvc.css" rel="stylesheet" />
<style>
	body.site { border-top: 3px solid #0b5aa2; background-color: #f4f6f8; }
	a { color: #0b5aa2; }
	.item-page table td { padding: 4px 6px; }
</style>
<script src="/media/jui/js/jquery.min.js?5e1b9a3d2c"></script>
<script src="/media/jui/js/jquery-noconflict.js?5e1b9a3d2c"></script>
<script src="/media/jui/js/jquery-migrate.min.js?5e1b9a3d2c"></script>
<script src="/media/system/js/caption.js?5e1b9a3d2c"></script>
<script src="/media/jui/js/bootstrap.min.js?5e1b9a3d2c"></script>
<script src="/templates/protostar/js/template.js?5e1b9a3d2c"></script>
<script type="application/json" class="joomla-script-options new">{"csrf.token":"8b1f0c6e2d4a47f3a9e5b7c1d2f3e4a5","system.paths":{"root":"","base":""}}</script>
<script>
jQuery(window).on('load',  function() {
				new JCaption('img.caption');
			});jQuery(function($){ initTooltips(); $("body").on("subform-row-add", initTooltips); function initTooltips (event, container) { container = container || document;$(container).find(".hasTooltip").tooltip({"html": true,"container": "body"});} });
</script>
<!--[if lt IE 9]><script src="/media/jui/js/html5.js?5e1b9a3d2c"></script><![endif]-->
</head>
<body class="site com_content view-article no-layout no-task itemid-114">
	<!-- Body -->
	<div class="body" id="top">
		<div class="container">
			<!-- Header -->
			<header class="header" role="banner">
				<div class="header-inner clearfix">
					<a class="brand pull-left" href="/">
						<img src="https://ldldnghean.org.vn/images/logo/logo-congdoan.png" alt="Liên đoàn Lao động tỉnh Nghệ An" />
						<h1 class="site-title">LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN</h1>
						<div class="site-description">Trang thông tin điện tử - Tổ chức đại diện cho người lao động</div>
					</a>
					<div class="header-search pull-right">
						<div class="search">
	<form action="/index.php/tin-tuc/tin-hoat-dong" method="post" class="form-inline" role="search">
		<label for="mod-search-searchword93" class="element-invisible">Tìm kiếm...</label> <input name="searchword" id="mod-search-searchword93" maxlength="200"  class="inputbox search-query input-medium" type="search" placeholder="Tìm kiếm..." />		<input type="hidden" name="task" value="search" />
		<input type="hidden" name="option" value="com_search" />
		<input type="hidden" name="Itemid" value="114" />
	</form>
</div>
					</div>
				</div>
			</header>
							<nav class="navigation" role="navigation">
					<div class="navbar pull-left">
						<a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse">
							<span class="element-invisible">Toggle Navigation</span>
							<span class="icon-bar"></span>
							<span class="icon-bar"></span>
							<span class="icon-bar"></span>
						</a>
					</div>
					<div class="nav-collapse">
						<ul class="nav menu nav-pills mod-list">
<li class="item-101 default"><a href="/index.php" >Trang chủ</a></li><li class="item-102 deeper parent"><a href="/index.php/gioi-thieu" >Giới thiệu</a><ul class="nav-child unstyled small"><li class="item-103"><a href="/index.php/gioi-thieu/lich-su" >Lịch sử</a></li><li class="item-104"><a href="/index.php/gioi-thieu/co-cau-to-chuc" >Cơ cấu tổ chức</a></li></ul></li><li class="item-113 active deeper parent"><a href="/index.php/tin-tuc" >Tin tức</a><ul class="nav-child unstyled small"><li class="item-114 current active"><a href="/index.php/tin-tuc/tin-hoat-dong" >Tin hoạt động</a></li><li class="item-115"><a href="/index.php/tin-tuc/tin-trong-nuoc" >Tin trong nước</a></li></ul></li><li class="item-120"><a href="/index.php/chinh-sach-phap-luat" >Chính sách - Pháp luật</a></li><li class="item-121"><a href="/index.php/nu-cong" >Nữ công</a></li><li class="item-122"><a href="/index.php/van-ban" >Văn bản</a></li><li class="item-123"><a href="/index.php/hoi-dap" >Hỏi - Đáp</a></li><li class="item-124"><a href="/index.php/lien-he" >Liên hệ</a></li></ul>

					</div>
				</nav>
						<div class="moduletable">
						<div aria-label="Breadcrumbs" role="navigation">
	<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">
					<li>
				Bạn đang ở: &#160;
			</li>
							<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
											<a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">Trang chủ</span></a>
											<span class="divider">
							<img src="/media/system/images/arrow.png" alt="" />						</span>
										<meta itemprop="position" content="1">
				</li>
							<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
											<a itemprop="item" href="/index.php/tin-tuc" class="pathway"><span itemprop="name">Tin tức</span></a>
											<span class="divider">
							<img src="/media/system/images/arrow.png" alt="" />						</span>
										<meta itemprop="position" content="2">
				</li>
							<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active">
					<span itemprop="name">
						Tin hoạt động					</span>
					<meta itemprop="position" content="3">
				</li>
				</ul>
</div>
		</div>

			<div class="row-fluid">
									<!-- Begin Sidebar -->
					<div id="sidebar" class="span3">
						<div class="sidebar-nav">
									<div class="moduletable">
							<h3>Tin mới nhất</h3>
						<ul class="latestnews mod-list">
	<li itemscope itemtype="https://schema.org/Article">
		<a href="/index.php/tin-tuc/tin-hoat-dong/4380-cong-doan-nganh-y-te-trao-1-200-suat-qua-tet" itemprop="url">
			<span itemprop="name">
				Công đoàn ngành Y tế trao 1.200 suất quà Tết cho viên chức, người lao động			</span>
		</a>
	</li>
	<li itemscope itemtype="https://schema.org/Article">
		<a href="/index.php/tin-tuc/tin-hoat-dong/4378-khai-mac-lop-tap-huan-135-chu-tich-cdcs" itemprop="url">
			<span itemprop="name">
				Khai mạc lớp tập huấn cho 135 chủ tịch CĐCS khu vực miền Tây			</span>
		</a>
	</li>
	<li itemscope itemtype="https://schema.org/Article">
		<a href="/index.php/tin-tuc/tin-hoat-dong/4375-ban-giao-3-nha-mai-am-tai-xa-quynh-luu" itemprop="url">
			<span itemprop="name">
				Bàn giao 3 nhà “Mái ấm Công đoàn” tại xã Quỳnh Lưu			</span>
		</a>
	</li>
	<li itemscope itemtype="https://schema.org/Article">
		<a href="/index.php/tin-tuc/tin-hoat-dong/4371-giai-bong-chuyen-cnvcld-2026" itemprop="url">
			<span itemprop="name">
				24 đội tham dự Giải bóng chuyền CNVCLĐ tỉnh năm 2026			</span>
		</a>
	</li>
	<li itemscope itemtype="https://schema.org/Article">
		<a href="/index.php/tin-tuc/tin-hoat-dong/4368-cong-doan-kkt-dong-nam-doi-thoai" itemprop="url">
			<span itemprop="name">
				Công đoàn Khu kinh tế Đông Nam đối thoại với 450 công nhân			</span>
		</a>
	</li>
</ul>
		</div>
			<div class="moduletable">
							<h3>Văn bản mới</h3>
						<ul class="category-module mod-list">
	<li><a class="mod-articles-category-title " href="/index.php/van-ban/4377-ke-hoach-so-05-kh-ldld">Kế hoạch số 05/KH-LĐLĐ ngày 06/01/2026 về tổ chức Tết Sum vầy Xuân Bính Ngọ 2026</a> <span class="mod-articles-category-date">06-01-2026</span></li>
	<li><a class="mod-articles-category-title " href="/index.php/van-ban/4369-cong-van-so-1942-ldld">Công văn số 1942/LĐLĐ ngày 26/12/2025 về báo cáo số liệu đoàn viên năm 2025</a> <span class="mod-articles-category-date">26-12-2025</span></li>
</ul>
		</div>

						</div>
					</div>
					<!-- End Sidebar -->
								<main id="content" role="main" class="span6">
					<!-- Begin Content -->
							<div class="moduletable">


<div class="custom"  >
	<p><a href="/index.php/chuyen-de/dai-hoi-cong-doan-2028"><img src="/images/banner/banner-thi-dua-2026.jpg" alt="Thi đua lập thành tích chào mừng Đại hội" width="100%" /></a></p></div>
		</div>

					<div id="system-message-container">
	</div>

					<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="vi-VN" />


			<div class="page-header">
		<h2 itemprop="headline">
			LĐLĐ tỉnh Nghệ An: Năm 2025 kết nạp mới 6.520 đoàn viên, thành lập 47 CĐCS		</h2>
							</div>

<div class="icons">

					<div class="btn-group pull-right">
				<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-4381" aria-label="Công cụ người dùng"
				data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">
					<span class="icon-cog" aria-hidden="true"></span>
					<span class="caret" aria-hidden="true"></span>
				</button>
								<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-4381">
											<li class="print-icon"> <a href="/index.php/tin-tuc/tin-hoat-dong/4381-ldld-tinh-nghe-an-tong-ket-cong-tac-cong-doan-nam-2025?tmpl=component&amp;print=1&amp;layout=default" title="In bài &lt;span class=&quot;notranslate&quot;&gt;LĐLĐ tỉnh Nghệ An&lt;/span&gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow">			<span class="icon-print" aria-hidden="true"></span>
		In	</a> </li>
																<li class="email-icon"> <a href="/index.php/component/mailto/?tmpl=component&amp;template=protostar&amp;link=8d1c5f0b2a7e" title="Gửi email cho bạn bè" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow">			<span class="icon-envelope" aria-hidden="true"></span>
		Email	</a> </li>
														</ul>
			</div>

	</div>


						<dl class="article-info muted">


			<dt class="article-info-term">
									Chi tiết							</dt>

							<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">
					Viết bởi <span itemprop="name">Hồng Nhung</span>	</dd>


										<dd class="category-name">
																		Chuyên mục: <a href="/index.php/tin-tuc/tin-hoat-dong" itemprop="genre">Tin hoạt động</a>							</dd>

										<dd class="published">
				<span class="icon-calendar" aria-hidden="true"></span>
				<time datetime="2026-01-15T08:12:40+07:00" itemprop="datePublished">
					Ngày đăng: 15 Tháng 1 2026				</time>
			</dd>



										<dd class="hits">
					<span class="icon-eye-open" aria-hidden="true"></span>
					<meta itemprop="interactionCount" content="UserPageVisits:1847" />
					Lượt xem: 1.847			</dd>						</dl>



								<div itemprop="articleBody">
		<p><em>(LĐLĐ Nghệ An) - Sáng 14/01/2026, Ban Chấp hành Liên đoàn Lao động tỉnh Nghệ An tổ chức Hội nghị tổng kết công tác công đoàn năm 2025, triển khai nhiệm vụ năm 2026. Năm qua, các cấp công đoàn trong tỉnh đã chăm lo cho hơn 182.000 lượt đoàn viên, người lao động với tổng kinh phí trên 96 tỷ đồng.</em></p>
<p>Dự hội nghị có đồng chí Trần Quốc Bảo, Ủy viên Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam; lãnh đạo Ban Dân vận Tỉnh ủy và các ủy viên Ban Chấp hành LĐLĐ tỉnh.</p>
<p>Năm 2025 là năm đầu tiên tổ chức công đoàn trong tỉnh vận hành theo mô hình mới. Thực hiện Kế hoạch số 112/KH-LĐLĐ ngày 05/7/2025 của Ban Thường vụ LĐLĐ tỉnh, các LĐLĐ huyện, thành phố, thị xã đã kết thúc hoạt động; các CĐCS trực thuộc được chuyển giao nguyên trạng về LĐLĐ tỉnh và các công đoàn ngành, bảo đảm không gián đoạn hoạt động.</p>
<p>Tính đến ngày 31/12/2025, toàn tỉnh có 2.486 CĐCS với 171.340 đoàn viên. Trong năm, các cấp công đoàn đã kết nạp mới 6.520 đoàn viên, đạt 108,7% kế hoạch; thành lập mới 47 CĐCS. Qua đánh giá, có 2.147/2.486 CĐCS (đạt 86,4%) hoàn thành tốt nhiệm vụ trở lên.</p>
<p style="text-align: center;"><strong>Kết quả phát triển đoàn viên, CĐCS năm 2025 của các công đoàn cấp trên trực tiếp cơ sở</strong></p>
<table class="table table-bordered" style="width: 100%;" border="1" cellspacing="0" cellpadding="0">
<tbody>
<tr>
<td style="text-align: center;"><strong>TT</strong></td>
<td style="text-align: center;"><strong>Đơn vị</strong></td>
<td style="text-align: center;"><strong>Số đoàn viên</strong></td>
<td style="text-align: center;"><strong>Kết nạp mới</strong></td>
</tr>
<tr>
<td style="text-align: center;">1</td>
<td>Công đoàn ngành Giáo dục</td>
<td style="text-align: right;">48.630</td>
<td style="text-align: right;">1.105</td>
</tr>
<tr>
<td style="text-align: center;">2</td>
<td>Công đoàn ngành Y tế</td>
<td style="text-align: right;">14.285</td>
<td style="text-align: right;">642</td>
</tr>
<tr>
<td style="text-align: center;">3</td>
<td>Công đoàn Viên chức tỉnh</td>
<td style="text-align: right;">15.920</td>
<td style="text-align: right;">478</td>
</tr>
<tr>
<td style="text-align: center;">4</td>
<td>Công đoàn Khu kinh tế Đông Nam</td>
<td style="text-align: right;">38.415</td>
<td style="text-align: right;">2.384</td>
</tr>
<tr>
<td style="text-align: center;">5</td>
<td>CĐCS trực thuộc LĐLĐ tỉnh</td>
<td style="text-align: right;">54.090</td>
<td style="text-align: right;">1.911</td>
</tr>
<tr>
<td>&nbsp;</td>
<td><strong>Cộng</strong></td>
<td style="text-align: right;"><strong>171.340</strong></td>
<td style="text-align: right;"><strong>6.520</strong></td>
</tr>
</tbody>
</table>
<p>Thực hiện Chương trình “Tết Sum vầy” Xuân Ất Tỵ 2025, các cấp công đoàn đã trao 38.460 suất quà với tổng trị giá 27,6 tỷ đồng; tổ chức 12 chuyến xe miễn phí đưa gần 600 công nhân về quê đón Tết. Năm 2025, LĐLĐ tỉnh hỗ trợ xây mới, sửa chữa 86 nhà “Mái ấm Công đoàn” với tổng kinh phí 4,3 tỷ đồng, mỗi nhà xây mới được hỗ trợ từ 50 đến 70 triệu đồng.</p>
<p>Công tác đại diện, bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên, người lao động tiếp tục được chú trọng. 100% cơ quan, đơn vị hành chính, sự nghiệp tổ chức hội nghị cán bộ, công chức, viên chức; 1.318/1.452 doanh nghiệp có tổ chức công đoàn (đạt 90,8%) tổ chức hội nghị người lao động. Các cấp công đoàn phối hợp tổ chức 1.206 cuộc đối thoại định kỳ tại nơi làm việc theo Bộ luật Lao động số 45/2019/QH14; ký mới, ký lại 214 bản thỏa ước lao động tập thể, nâng tỷ lệ doanh nghiệp có thỏa ước lên 68,5%. Trên địa bàn tỉnh xảy ra 2 cuộc ngừng việc tập thể.</p>
<p>Các cấp công đoàn giới thiệu 1.085 đoàn viên ưu tú cho Đảng xem xét, trong đó 812 đồng chí đã được kết nạp; mở 46 lớp tập huấn cho 4.230 lượt cán bộ công đoàn. Phong trào thi đua “Lao động giỏi, lao động sáng tạo” có 3.915 sáng kiến, cải tiến kỹ thuật được công nhận.</p>
<p>Thu kinh phí công đoàn đạt 142,8 tỷ đồng, bằng 103,2% dự toán; thu đoàn phí công đoàn đạt 31,5 tỷ đồng.</p>
<p>Năm 2026, tiếp tục thực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị và Luật Công đoàn số 50/2024/QH15, LĐLĐ tỉnh đặt ra các chỉ tiêu chủ yếu: kết nạp mới ít nhất 6.000 đoàn viên; thành lập mới từ 40 CĐCS trở lên; 100% cơ quan, đơn vị khu vực nhà nước tổ chức hội nghị cán bộ, công chức, viên chức và trên 92% doanh nghiệp có công đoàn tổ chức hội nghị người lao động; giới thiệu 1.000 đoàn viên ưu tú cho Đảng xem xét; thu kinh phí công đoàn đạt 105% dự toán trở lên.</p>
<p>Dịp Tết Bính Ngọ 2026, LĐLĐ tỉnh dự kiến trao 40.000 suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn với tổng kinh phí khoảng 30 tỷ đồng.</p>
<p>Dịp này, Tổng Liên đoàn Lao động Việt Nam và Ban Chấp hành LĐLĐ tỉnh tặng Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc trong năm 2025.</p>
<p style="text-align: right;"><strong>Hồng Nhung</strong></p> 	</div>


	<ul class="pager pagenav">
	<li class="previous">
		<a class="hasTooltip" title="Công đoàn ngành Y tế trao 1.200 suất quà Tết cho viên chức, người lao động" aria-label="Bài trước: Công đoàn ngành Y tế trao 1.200 suất quà Tết cho viên chức, người lao động" href="/index.php/tin-tuc/tin-hoat-dong/4380-cong-doan-nganh-y-te-trao-1-200-suat-qua-tet" rel="prev">
			<span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">&laquo; Trước</span>		</a>
	</li>
	<li class="next">
		<a class="hasTooltip" title="Hội nghị đối thoại với 320 công nhân Khu công nghiệp Nam Cấm" aria-label="Bài tiếp theo: Hội nghị đối thoại với 320 công nhân Khu công nghiệp Nam Cấm" href="/index.php/tin-tuc/tin-hoat-dong/4382-doi-thoai-320-cong-nhan-kcn-nam-cam" rel="next">
			<span aria-hidden="true">Tiếp &raquo;</span> <span class="icon-chevron-right" aria-hidden="true"></span>		</a>
	</li>
</ul>
							</div>

					<div class="clearfix"></div>

					<!-- End Content -->
				</main>
									<div id="aside" class="span3">
						<!-- Begin Right Sidebar -->
								<div class="moduletable">
							<h3>Số lượt truy cập</h3>
						<!-- Vinaora Visitors Counter >> http://vinaora.com/ -->
<div class="vfvvisit_counter">
	<div class="vfvvisit_counter_image">0 4 1 2 7 3 9 0</div>
	<table class="vfvvisit_stats">
		<tr><td><img src="/modules/mod_vvisit_counter/images/stats/default/vtoday.png" alt="Hôm nay" /></td><td>Hôm nay</td><td align="right">1.204</td></tr>
		<tr><td><img src="/modules/mod_vvisit_counter/images/stats/default/vyesterday.png" alt="Hôm qua" /></td><td>Hôm qua</td><td align="right">2.317</td></tr>
		<tr><td><img src="/modules/mod_vvisit_counter/images/stats/default/vweek.png" alt="Tuần này" /></td><td>Tuần này</td><td align="right">9.846</td></tr>
		<tr><td><img src="/modules/mod_vvisit_counter/images/stats/default/vmonth.png" alt="Tháng này" /></td><td>Tháng này</td><td align="right">31.502</td></tr>
		<tr><td><img src="/modules/mod_vvisit_counter/images/stats/default/vall.png" alt="Tất cả" /></td><td>Tất cả</td><td align="right">4.127.390</td></tr>
	</table>
	<div class="vfvvisit_online">Đang trực tuyến: 42 (khách: 41, thành viên: 1)</div>
</div>
<!-- Vinaora Visitors Counter >> http://vinaora.com/ -->		</div>
			<div class="moduletable">
							<h3>Liên kết website</h3>
						<ul class="weblinks">
<li><a href="http://www.congdoan.vn" target="_blank" rel="noopener noreferrer">Tổng Liên đoàn Lao động Việt Nam</a> <span class="small">(Lượt truy cập: 8.215)</span></li>
<li><a href="https://nghean.gov.vn" target="_blank" rel="noopener noreferrer">Cổng thông tin điện tử tỉnh Nghệ An</a> <span class="small">(Lượt truy cập: 3.402)</span></li>
</ul>
		</div>
			<div class="moduletable">
							<h3>Đường dây nóng</h3>
						<div class="custom"  >
	<p>Tư vấn pháp luật miễn phí cho đoàn viên, người lao động: <strong>1900 6184</strong> (nhánh 5)</p>
<p>Văn phòng: 0238.3844.375 - 0238.3598.120</p></div>
		</div>

						<!-- End Right Sidebar -->
					</div>
							</div>
		</div>
	</div>
	<!-- Footer -->
	<footer class="footer" role="contentinfo">
		<div class="container">
			<hr />
			<div class="custom"  >
	<p><strong>LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN</strong></p>
<p>Địa chỉ: Số 12 đường Trường Thi, phường Thành Vinh, tỉnh Nghệ An - Điện thoại: 0238.3844.375 - Fax: 0238.3844.376</p>
<p>Giấy phép số 12/GP-STTTT ngày 28/3/2019 do Sở Thông tin và Truyền thông tỉnh Nghệ An cấp. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>

			<p class="pull-right">
				<a href="#top" id="back-top">
					Về đầu trang				</a>
			</p>
			<p>
				&copy; 2026 Liên đoàn Lao động tỉnh Nghệ An			</p>
		</div>
	</footer>

</body>
</html>
"""

# =============================================================================================
# 2. national.html: a national trade-union newspaper (invented: Báo Đời sống Công nhân)
# =============================================================================================
NATIONAL = """<!DOCTYPE html>
<html lang="vi" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>TP Hồ Chí Minh: Hơn 1,2 triệu lượt đoàn viên, người lao động được chăm lo Tết Bính Ngọ 2026 | Báo Đời sống Công nhân</title>
<meta name="description" content="Tổng kinh phí chăm lo Tết của các cấp công đoàn TP Hồ Chí Minh ước đạt 1.350 tỷ đồng, tăng 8,5% so với Tết Ất Tỵ 2025.">
<meta name="keywords" content="Tết Sum vầy, LĐLĐ TP Hồ Chí Minh, chăm lo Tết, Tết Bính Ngọ 2026, Chuyến xe Công đoàn">
<meta name="news_keywords" content="Tết Sum vầy, chăm lo Tết, công nhân">
<link rel="canonical" href="https://doisongcongnhan.vn/cong-doan/tp-ho-chi-minh-hon-1-2-trieu-luot-doan-vien-nguoi-lao-dong-duoc-cham-lo-tet-binh-ngo-2026-20260208114512345.htm">
<meta property="og:site_name" content="Báo Đời sống Công nhân">
<meta property="og:type" content="article">
<meta property="og:title" content="TP Hồ Chí Minh: Hơn 1,2 triệu lượt đoàn viên, người lao động được chăm lo Tết Bính Ngọ 2026">
<meta property="og:description" content="Tổng kinh phí chăm lo Tết của các cấp công đoàn TP Hồ Chí Minh ước đạt 1.350 tỷ đồng.">
<meta property="og:url" content="https://doisongcongnhan.vn/cong-doan/tp-ho-chi-minh-hon-1-2-trieu-luot-doan-vien-nguoi-lao-dong-duoc-cham-lo-tet-binh-ngo-2026-20260208114512345.htm">
<meta property="og:image" content="https://cdn.doisongcongnhan.vn/2026/02/08/tet-sum-vay-hcm-1.jpg">
<meta property="article:published_time" content="2026-02-08T11:45:00+07:00">
<meta property="article:section" content="Công đoàn">
<link rel="stylesheet" href="https://static.doisongcongnhan.vn/css/detail.min.css?v=20260201">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"TP Hồ Chí Minh: Hơn 1,2 triệu lượt đoàn viên, người lao động được chăm lo Tết Bính Ngọ 2026","datePublished":"2026-02-08T11:45:00+07:00","dateModified":"2026-02-08T15:20:00+07:00","author":{"@type":"Person","name":"Minh Quân"},"publisher":{"@type":"Organization","name":"Báo Đời sống Công nhân"}}</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body class="detail-page">
<div id="admzone-top" class="ads ads-top"><div class="ads-label">Quảng cáo</div><a href="https://ads.example-adnet.vn/click?c=4412"><img src="https://cdn.example-adnet.vn/banner/970x90-tet.jpg" alt="Ưu đãi Tết: giảm đến 50% vé máy bay"></a></div>
<header class="site-header">
  <div class="header-top">
    <div class="container">
      <span class="date-now">Chủ Nhật, 08/02/2026</span>
      <span class="weather">TP Hồ Chí Minh 33°C</span>
      <a href="/e-paper" class="epaper">Báo in</a>
      <a href="/dang-nhap" class="login">Đăng nhập</a>
    </div>
  </div>
  <div class="container header-main">
    <a href="/" class="logo"><img src="https://static.doisongcongnhan.vn/images/logo.svg" alt="Báo Đời sống Công nhân"></a>
    <p class="slogan">Cơ quan ngôn luận của tổ chức Công đoàn - Tiếng nói của người lao động</p>
  </div>
  <nav class="main-nav">
    <ul>
      <li><a href="/" class="home">Trang chủ</a></li>
      <li><a href="/thoi-su.htm">Thời sự</a></li>
      <li class="active"><a href="/cong-doan.htm">Công đoàn</a></li>
      <li><a href="/viec-lam.htm">Việc làm</a></li>
      <li><a href="/phap-luat.htm">Pháp luật</a></li>
      <li><a href="/ban-doc.htm">Bạn đọc</a></li>
      <li><a href="/kinh-te.htm">Kinh tế</a></li>
      <li><a href="/xa-hoi.htm">Xã hội</a></li>
      <li><a href="/video.htm">Video</a></li>
      <li><a href="/multimedia.htm">Multimedia</a></li>
    </ul>
  </nav>
  <div class="ticker"><span class="ticker-label">Nóng</span> <a href="/viec-lam/hon-8-600-viec-lam-tuyen-sau-tet.htm">Hơn 8.600 việc làm chờ lao động sau Tết</a> · <a href="/kinh-te/gia-vang-hom-nay-8-2.htm">Giá vàng hôm nay 8/2: SJC 92,3 triệu đồng/lượng</a> · <a href="/thoi-su/100-chuyen-tau-tet.htm">Ngành đường sắt chạy thêm 100 chuyến tàu Tết</a></div>
</header>

<main class="container main-detail">
  <div class="col-left">
    <div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/cong-doan.htm">Công đoàn</a> / <a href="/cong-doan/cham-lo-nguoi-lao-dong.htm">Chăm lo người lao động</a></div>
    <article class="article-detail" id="article-4512345">
      <div class="article-kicker"><a href="/cong-doan/tet-sum-vay.htm">TẾT SUM VẦY 2026</a></div>
      <h1 class="article-title">TP Hồ Chí Minh: Hơn 1,2 triệu lượt đoàn viên, người lao động được chăm lo Tết Bính Ngọ 2026</h1>
      <div class="article-meta">
        <span class="author-top">Minh Quân</span>
        <span class="time">08/02/2026 11:45 (GMT+7)</span>
        <span class="update">Cập nhật: 08/02/2026 15:20</span>
        <div class="share-top"><a href="#" class="fb">Thích <b>1,2K</b></a> <a href="#" class="share">Chia sẻ <b>356</b></a> <a href="#comments" class="cmt">Bình luận <b>12</b></a> <a href="#" class="zalo">Zalo</a> <a href="#" class="font">A+</a></div>
      </div>
      <h2 class="sapo">(ĐSCN) - Ngày 8/2, Liên đoàn Lao động TP Hồ Chí Minh tổ chức chương trình “Tết Sum vầy - Xuân gắn kết” tại Nhà Văn hóa Lao động thành phố và đồng loạt ở 168 phường, xã, đặc khu. Tổng kinh phí chăm lo Tết của các cấp công đoàn thành phố ước đạt 1.350 tỷ đồng.</h2>

      <div class="article-body" id="article-body">
        <div class="box-live" id="live-8245">
          <div class="box-live-head"><span class="live-dot"></span> DIỄN BIẾN CHƯƠNG TRÌNH <span class="live-refresh">Tự động cập nhật sau 60 giây</span></div>
          <ul class="live-list">
            <li class="live-item"><span class="live-time">11:15</span><div class="live-text"><p>Kết thúc chương trình tại điểm cầu chính, Ban Tổ chức đã trao 3.000 phần quà cho đoàn viên, người lao động, mỗi phần trị giá 1 triệu đồng gồm tiền mặt và nhu yếu phẩm.</p></div></li>
            <li class="live-item"><span class="live-time">10:00</span><div class="live-text"><p>Chủ tịch LĐLĐ thành phố Nguyễn Văn Sơn phát động Quỹ “Tết Sum vầy” năm 2026 và tiếp nhận 4,6 tỷ đồng ủng hộ từ 27 doanh nghiệp.</p></div></li>
            <li class="live-item"><span class="live-time">08:45</span><div class="live-text"><p>Đoàn 50 xe khách đầu tiên xuất bến, đưa 2.150 công nhân về các tỉnh miền Trung và Tây Nguyên đón Tết.</p></div></li>
            <li class="live-item"><span class="live-time">07:30</span><div class="live-text"><p>Phiên chợ “0 đồng” với 120 gian hàng mở cửa phục vụ công nhân có hoàn cảnh khó khăn.</p></div></li>
          </ul>
        </div>

        <p>Theo báo cáo của LĐLĐ thành phố, dịp Tết Nguyên đán Bính Ngọ 2026, các cấp công đoàn đã chăm lo cho hơn 1,2 triệu lượt đoàn viên, người lao động với tổng kinh phí ước đạt 1.350 tỷ đồng, tăng 8,5% so với Tết Ất Tỵ 2025. Trong đó, công đoàn các cấp chi 312 tỷ đồng từ nguồn tài chính công đoàn, số còn lại do người sử dụng lao động và các nhà hảo tâm đóng góp.</p>

        <figure class="image-box">
          <img src="https://cdn.doisongcongnhan.vn/2026/02/08/tet-sum-vay-hcm-1.jpg" alt="Công nhân nhận vé xe về quê">
          <figcaption>Công nhân nhận vé xe về quê tại Nhà Văn hóa Lao động sáng 8/2. Năm nay, LĐLĐ thành phố hỗ trợ 12.400 vé xe, vé tàu, vé máy bay. Ảnh: Minh Quân</figcaption>
        </figure>

        <div class="box-number">
          <div class="box-number-title">Số liệu</div>
          <div class="box-number-item"><span class="num">1,2 triệu</span> <span class="txt">lượt đoàn viên, người lao động được công đoàn chăm lo</span></div>
          <div class="box-number-item"><span class="num">1.350 tỷ đồng</span> <span class="txt">tổng kinh phí chăm lo của các cấp công đoàn</span></div>
          <div class="box-number-item"><span class="num">85.600</span> <span class="txt">suất quà “Tết Sum vầy”</span></div>
          <div class="box-number-item"><span class="num">12.400</span> <span class="txt">vé xe, vé tàu, vé máy bay hỗ trợ công nhân về quê</span></div>
        </div>

        <p>Chương trình “Tết Sum vầy” năm nay trao 85.600 suất quà cho đoàn viên có hoàn cảnh khó khăn, mỗi suất trị giá từ 800.000 đồng đến 1,5 triệu đồng; hỗ trợ 12.400 vé xe, vé tàu, vé máy bay cho công nhân về quê đón Tết và tổ chức 46 “Chuyến xe Công đoàn” miễn phí.</p>

        <p>Bên cạnh đó, LĐLĐ thành phố phối hợp bàn giao 35 nhà “Mái ấm Công đoàn” cho đoàn viên khó khăn về nhà ở, mỗi căn trị giá 80 triệu đồng; tổ chức 26 “Phiên chợ Tết Công đoàn” với hơn 95.000 lượt công nhân tham gia mua sắm hàng hóa giảm giá từ 10% đến 50%.</p>

        <div class="video-embed">
          <div class="video-frame"><iframe src="https://www.youtube.com/embed/Xq3kTz8vB1s" title="Chuyến xe Công đoàn 2026" width="640" height="360" frameborder="0" allowfullscreen></iframe></div>
          <p class="video-caption">Video: 2.150 công nhân lên 50 chuyến xe về quê đón Tết sáng 8/2. Thực hiện: Quốc Huy</p>
        </div>

        <p>Năm 2025, Công đoàn thành phố kết nạp mới 72.450 đoàn viên, thành lập 318 CĐCS; đến cuối năm, toàn thành phố có 2,16 triệu đoàn viên sinh hoạt tại 14.870 CĐCS.</p>

        <p>Phát biểu tại chương trình, ông Trần Minh Đức, Phó Chủ tịch LĐLĐ TP Hồ Chí Minh cho biết: “Chúng tôi phấn đấu để 100% đoàn viên, người lao động có hoàn cảnh khó khăn đều được công đoàn thăm hỏi, tặng quà dịp Tết, không để công nhân nào không có Tết”.</p>

        <figure class="image-box">
          <img src="https://cdn.doisongcongnhan.vn/2026/02/08/tet-sum-vay-hcm-2.jpg" alt="Trao quà Tết">
          <figcaption>Lãnh đạo LĐLĐ TP Hồ Chí Minh trao quà Tết cho 3.000 đoàn viên tại điểm cầu chính. Ảnh: Minh Quân</figcaption>
        </figure>

        <p>Theo khảo sát của LĐLĐ thành phố tại 1.250 doanh nghiệp, thưởng Tết bình quân năm nay đạt 9,8 triệu đồng/người, mức thưởng cao nhất là 1,62 tỷ đồng. Có 96,4% doanh nghiệp cam kết trả đủ lương, thưởng cho người lao động trước Tết theo Bộ luật Lao động số 45/2019/QH14.</p>

        <p>Theo Kế hoạch số 87/KH-LĐLĐ ngày 28/10/2025 của Ban Thường vụ LĐLĐ thành phố, trong năm 2026, Công đoàn thành phố đặt chỉ tiêu kết nạp mới 75.000 đoàn viên, thành lập mới ít nhất 300 CĐCS và xây dựng mới 50 nhà “Mái ấm Công đoàn”.</p>

        <p class="author-bottom"><strong>MINH QUÂN</strong></p>
      </div>

      <div class="article-tags">Từ khóa: <a href="/tag/tet-sum-vay.htm">Tết Sum vầy</a> <a href="/tag/chuyen-xe-cong-doan.htm">Chuyến xe Công đoàn</a> <a href="/tag/ldld-tp-hcm.htm">LĐLĐ TP Hồ Chí Minh</a></div>
      <div class="share-bottom"><a href="#" class="fb">Thích 1,2K</a> <a href="#" class="share">Chia sẻ 356</a> <a href="#" class="print">In bài</a> <a href="#" class="copy">Sao chép liên kết</a></div>
      <div class="rating">Bài viết hữu ích? <a href="#" class="up">Có (214)</a> <a href="#" class="down">Không (9)</a></div>
    </article>

    <div id="admzone-inread" class="ads ads-inread"><div class="ads-label">Quảng cáo</div><a href="https://ads.example-adnet.vn/click?c=4413"><img src="https://cdn.example-adnet.vn/banner/728x90-vay.jpg" alt="Vay tiêu dùng lãi suất 0,9%/tháng cho công nhân"></a></div>

    <section class="comments" id="comments">
      <h3 class="comments-title">Bình luận (12)</h3>
      <form class="comment-form" action="/binh-luan/gui" method="post">
        <textarea name="content" placeholder="Ý kiến của bạn..."></textarea>
        <input type="text" name="name" placeholder="Họ tên"> <input type="email" name="email" placeholder="Email">
        <button type="submit">Gửi bình luận</button>
      </form>
      <ul class="comment-list">
        <li class="comment"><div class="comment-head"><b>Nguyễn Thị Hoa</b> <span class="comment-time">2 giờ trước</span></div><p>Công ty em ở Thủ Đức thưởng Tết 2 tháng lương, lại được công đoàn tặng quà 500 nghìn. Cảm ơn công đoàn nhiều!</p><div class="comment-act"><a href="#">Thích (48)</a> <a href="#">Trả lời</a></div></li>
        <li class="comment"><div class="comment-head"><b>Trần Văn Lộc</b> <span class="comment-time">3 giờ trước</span></div><p>3 năm rồi em chưa về quê, năm nay nhờ vé xe công đoàn hỗ trợ mới về được Quảng Ngãi. Xe đi 14 tiếng vẫn vui.</p><div class="comment-act"><a href="#">Thích (31)</a> <a href="#">Trả lời</a></div></li>
        <li class="comment"><div class="comment-head"><b>Lê Minh</b> <span class="comment-time">4 giờ trước</span></div><p>Chỗ tôi 1.200 công nhân mà chỉ có 150 suất quà, mong công đoàn quan tâm hơn.</p><div class="comment-act"><a href="#">Thích (12)</a> <a href="#">Trả lời</a></div></li>
        <li class="comment"><div class="comment-head"><b>Phạm Thu Trang</b> <span class="comment-time">5 giờ trước</span></div><p>Phiên chợ giảm 30% đồ Tết rất thiết thực.</p><div class="comment-act"><a href="#">Thích (7)</a> <a href="#">Trả lời</a></div></li>
      </ul>
      <a href="#" class="comment-more">Xem thêm 8 bình luận</a>
    </section>

    <section class="same-category">
      <h3 class="box-title">Tin cùng chuyên mục</h3>
      <div class="grid-3">
        <div class="grid-item"><a href="/cong-doan/ha-noi-850-000-luot-cong-nhan-duoc-cham-lo-tet.htm"><img src="https://cdn.doisongcongnhan.vn/2026/02/07/hn-tet.jpg" alt=""><h4>Hà Nội: 850.000 lượt công nhân được chăm lo Tết với kinh phí 620 tỷ đồng</h4></a></div>
        <div class="grid-item"><a href="/cong-doan/nghe-an-trao-40-000-suat-qua-tet.htm"><img src="https://cdn.doisongcongnhan.vn/2026/02/07/na-tet.jpg" alt=""><h4>Nghệ An trao 40.000 suất quà Tết cho đoàn viên khó khăn</h4></a></div>
        <div class="grid-item"><a href="/cong-doan/bac-ninh-300-chuyen-xe-dua-cong-nhan-ve-que.htm"><img src="https://cdn.doisongcongnhan.vn/2026/02/06/bn-xe.jpg" alt=""><h4>Bắc Ninh: 300 chuyến xe đưa 12.000 công nhân về quê</h4></a></div>
        <div class="grid-item"><a href="/cong-doan/dong-thap-45-nha-mai-am.htm"><img src="https://cdn.doisongcongnhan.vn/2026/02/06/dt-nha.jpg" alt=""><h4>Đồng Tháp bàn giao 45 nhà “Mái ấm Công đoàn” trước Tết</h4></a></div>
        <div class="grid-item"><a href="/cong-doan/tong-lien-doan-tet-sum-vay-toan-quoc.htm"><img src="https://cdn.doisongcongnhan.vn/2026/02/05/tld.jpg" alt=""><h4>Toàn quốc dành 4.200 tỷ đồng chăm lo Tết cho 6,8 triệu lượt người lao động</h4></a></div>
        <div class="grid-item"><a href="/cong-doan/thuong-tet-cao-nhat-2026.htm"><img src="https://cdn.doisongcongnhan.vn/2026/02/04/thuong.jpg" alt=""><h4>Thưởng Tết cao nhất 2026 lên tới 2,1 tỷ đồng</h4></a></div>
      </div>
    </section>
  </div>

  <aside class="col-right">
    <div class="box-most-read">
      <h3 class="box-title">Đọc nhiều nhất</h3>
      <ol>
        <li><a href="/viec-lam/hon-8-600-viec-lam-tuyen-sau-tet.htm">Hơn 8.600 việc làm chờ lao động sau Tết</a></li>
        <li><a href="/phap-luat/lich-nghi-tet-binh-ngo-9-ngay.htm">Lịch nghỉ Tết Bính Ngọ 2026: người lao động được nghỉ 9 ngày</a></li>
        <li><a href="/xa-hoi/luong-toi-thieu-vung-2026.htm">Lương tối thiểu vùng I năm 2026 là 5,31 triệu đồng/tháng</a></li>
        <li><a href="/ban-doc/cong-ty-no-luong-3-thang.htm">Công ty nợ lương 3 tháng, 400 công nhân chưa có Tết</a></li>
        <li><a href="/kinh-te/gia-vang-hom-nay-8-2.htm">Giá vàng hôm nay 8/2: SJC 92,3 triệu đồng/lượng</a></li>
      </ol>
    </div>
    <div class="box-poll">
      <h3 class="box-title">Thăm dò ý kiến</h3>
      <p>Doanh nghiệp của bạn thưởng Tết Bính Ngọ 2026 bao nhiêu?</p>
      <ul><li>Dưới 1 tháng lương: 38%</li><li>Từ 1 đến 2 tháng lương: 44%</li><li>Trên 2 tháng lương: 18%</li></ul>
      <p class="poll-total">3.516 lượt bình chọn</p>
    </div>
    <div class="ads ads-right"><div class="ads-label">Quảng cáo</div><a href="https://ads.example-adnet.vn/click?c=4414"><img src="https://cdn.example-adnet.vn/banner/300x600-tet.jpg" alt="Siêu sale Tết giảm 70%"></a></div>
  </aside>
</main>

<footer class="site-footer">
  <div class="container">
    <p><strong>BÁO ĐỜI SỐNG CÔNG NHÂN</strong> - Tổng Biên tập: Lê Hoàng Nam</p>
    <p>Giấy phép hoạt động báo điện tử số 125/GP-BTTTT ngày 14/4/2023 của Bộ Thông tin và Truyền thông.</p>
    <p>Tòa soạn: Số 51 Hàng Bồ, phường Hoàn Kiếm, Hà Nội. Điện thoại: 024.3942.6117 - Đường dây nóng: 0912.118.808 - Email: toasoan@doisongcongnhan.vn</p>
    <p>Văn phòng đại diện phía Nam: Số 14 Cách Mạng Tháng Tám, phường Bến Thành, TP Hồ Chí Minh. Điện thoại: 028.3823.4417</p>
    <p>© Bản quyền thuộc về Báo Đời sống Công nhân. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p>
  </div>
</footer>
<script src="https://static.doisongcongnhan.vn/js/detail.min.js?v=20260201"></script>
</body>
</html>
"""

# =============================================================================================
# 3. district.html: a company union's tiny site built with Elementor (WordPress)
# =============================================================================================
DISTRICT = """<!doctype html>
<html lang="vi">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<title>Hội nghị người lao động năm 2026: ký Thỏa ước với 28 điều khoản có lợi &#8211; Công đoàn Công ty TNHH Điện tử Sao Việt</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="Công đoàn Công ty TNHH Điện tử Sao Việt &raquo; Dòng thông tin" href="https://congdoansaoviet.vn/feed/" />
<link rel='stylesheet' id='hello-elementor-css' href='https://congdoansaoviet.vn/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='https://congdoansaoviet.vn/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.7' media='all' />
<link rel='stylesheet' id='elementor-post-412-css' href='https://congdoansaoviet.vn/wp-content/uploads/elementor/css/post-412.css?ver=1769238120' media='all' />
<link rel='stylesheet' id='google-fonts-1-css' href='https://fonts.googleapis.com/css?family=Roboto%3A100%2C400%2C700%7CRoboto+Slab%3A400&#038;display=swap&#038;subset=vietnamese' media='all' />
<script src="https://congdoansaoviet.vn/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="canonical" href="https://congdoansaoviet.vn/ban-tin/hoi-nghi-nguoi-lao-dong-nam-2026/" />
<meta name="generator" content="WordPress 6.6.2" />
<meta name="generator" content="Elementor 3.24.7; features: e_font_icon_svg; settings: css_print_method-external, google_font-enabled" />
<meta property="article:published_time" content="2026-01-26T09:30:00+07:00" />
</head>
<body class="page-template page-template-elementor_header_footer page page-id-412 wp-custom-logo elementor-default elementor-template-full-width elementor-kit-6 elementor-page elementor-page-412">

<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>

		<div data-elementor-type="header" data-elementor-id="23" class="elementor elementor-23 elementor-location-header" data-elementor-post-type="elementor_library">
			<div class="elementor-element elementor-element-4c1f2a9 e-flex e-con-boxed e-con e-parent" data-id="4c1f2a9" data-element_type="container" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}">
					<div class="e-con-inner">
				<div class="elementor-element elementor-element-9a3d0e1 elementor-widget elementor-widget-theme-site-logo elementor-widget-image" data-id="9a3d0e1" data-element_type="widget" data-widget_type="theme-site-logo.default">
				<div class="elementor-widget-container">
									<a href="https://congdoansaoviet.vn">
			<img width="220" height="64" src="https://congdoansaoviet.vn/wp-content/uploads/2023/05/logo-cd-saoviet.png" class="attachment-full size-full wp-image-18" alt="Công đoàn Sao Việt" />				</a>
									</div>
				</div>
				<div class="elementor-element elementor-element-7b2e6f4 elementor-nav-menu__align-end elementor-widget elementor-widget-nav-menu" data-id="7b2e6f4" data-element_type="widget" data-widget_type="nav-menu.default">
				<div class="elementor-widget-container">
						<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade">
				<ul id="menu-1-7b2e6f4" class="elementor-nav-menu"><li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-home menu-item-30"><a href="https://congdoansaoviet.vn/" class="elementor-item">Trang chủ</a></li>
<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-31"><a href="https://congdoansaoviet.vn/gioi-thieu/" class="elementor-item">Giới thiệu</a></li>
<li class="menu-item menu-item-type-post_type menu-item-object-page current-menu-ancestor menu-item-32"><a href="https://congdoansaoviet.vn/ban-tin/" class="elementor-item">Bản tin Công đoàn</a></li>
<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-33"><a href="https://congdoansaoviet.vn/che-do-phuc-loi/" class="elementor-item">Chế độ - Phúc lợi</a></li>
<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-34"><a href="https://congdoansaoviet.vn/hoi-dap/" class="elementor-item">Hỏi đáp</a></li>
<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-35"><a href="https://congdoansaoviet.vn/lien-he/" class="elementor-item">Liên hệ</a></li>
</ul>			</nav>
						</div>
				</div>
					</div>
				</div>
				</div>

		<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
				<section class="elementor-section elementor-top-section elementor-element elementor-element-2d8f1b7 elementor-section-boxed elementor-section-height-default" data-id="2d8f1b7" data-element_type="section">
						<div class="elementor-container elementor-column-gap-default">
					<div class="elementor-column elementor-col-66 elementor-top-column elementor-element elementor-element-5e0c3a2" data-id="5e0c3a2" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-b71d4e0 elementor-widget elementor-widget-heading" data-id="b71d4e0" data-element_type="widget" data-widget_type="heading.default">
				<div class="elementor-widget-container">
			<h2 class="elementor-heading-title elementor-size-large">Hội nghị người lao động năm 2026: ký Thỏa ước với 28 điều khoản có lợi cho người lao động</h2>		</div>
				</div>
				<div class="elementor-element elementor-element-0f6a9c8 elementor-widget elementor-widget-post-info" data-id="0f6a9c8" data-element_type="widget" data-widget_type="post-info.default">
				<div class="elementor-widget-container">
					<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
								<li class="elementor-icon-list-item elementor-repeater-item-1a2b3c4 elementor-inline-item" itemprop="datePublished">
						<span class="elementor-icon-list-icon"><svg aria-hidden="true" class="e-font-icon-svg e-fas-calendar" viewBox="0 0 448 512"><path d="M12 192h424v272c0 26.5-21.5 48-48 48H60c-26.5 0-48-21.5-48-48V192z"></path></svg></span>
									<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date">26/01/2026</span>
								</li>
				<li class="elementor-icon-list-item elementor-repeater-item-5d6e7f8 elementor-inline-item" itemprop="author">
						<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">Ban Truyền thông Công đoàn</span>
								</li>
				<li class="elementor-icon-list-item elementor-repeater-item-9a0b1c2 elementor-inline-item">
						<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-custom">486 lượt xem</span>
								</li>
				</ul>
				</div>
				</div>
				<div class="elementor-element elementor-element-e4a1f73 elementor-widget elementor-widget-text-editor" data-id="e4a1f73" data-element_type="widget" data-widget_type="text-editor.default">
				<div class="elementor-widget-container">
							<p><strong>Ngày 24/01/2026, Công ty TNHH Điện tử Sao Việt (Khu công nghiệp Quế Võ, tỉnh Bắc Ninh) phối hợp với Công đoàn Công ty tổ chức Hội nghị người lao động năm 2026 với sự tham dự của 320 đại biểu, đại diện cho 5.640 người lao động.</strong></p>						</div>
				</div>
				<div class="elementor-element elementor-element-3c7d2b5 elementor-widget elementor-widget-text-editor" data-id="3c7d2b5" data-element_type="widget" data-widget_type="text-editor.default">
				<div class="elementor-widget-container">
							<p>Năm 2025, Công đoàn Công ty có 5.215 đoàn viên, chiếm 92,5% tổng số lao động; trong năm kết nạp mới 846 đoàn viên. Công đoàn đã tổ chức 4 cuộc đối thoại định kỳ và 2 cuộc đối thoại đột xuất với người sử dụng lao động, giải quyết dứt điểm 37 kiến nghị của người lao động.</p><p>Trong năm, Công đoàn thăm hỏi 1.126 lượt đoàn viên ốm đau, thai sản với số tiền 563 triệu đồng; hỗ trợ xây mới 2 nhà “Mái ấm Công đoàn” cho đoàn viên, mỗi nhà 60 triệu đồng. Công ty đóng đầy đủ kinh phí công đoàn bằng 2% quỹ tiền lương theo Nghị định số 191/2013/NĐ-CP; Công đoàn thu đoàn phí 1,18 tỷ đồng, quản lý, sử dụng đúng quy định của Luật Công đoàn số 50/2024/QH15.</p>						</div>
				</div>
				<div class="elementor-element elementor-element-a8e2d41 elementor-widget elementor-widget-image" data-id="a8e2d41" data-element_type="widget" data-widget_type="image.default">
				<div class="elementor-widget-container">
							<figure class="wp-caption">
										<img fetchpriority="high" decoding="async" width="800" height="533" src="https://congdoansaoviet.vn/wp-content/uploads/2026/01/hnnld-2026-ky-thoa-uoc.jpg" class="attachment-large size-large wp-image-409" alt="Ký kết thỏa ước" srcset="https://congdoansaoviet.vn/wp-content/uploads/2026/01/hnnld-2026-ky-thoa-uoc.jpg 800w, https://congdoansaoviet.vn/wp-content/uploads/2026/01/hnnld-2026-ky-thoa-uoc-300x200.jpg 300w" sizes="(max-width: 800px) 100vw, 800px" />											<figcaption class="widget-image-caption wp-caption-text">Giám đốc Công ty và Chủ tịch Công đoàn ký Thỏa ước lao động tập thể năm 2026 với 28 điều khoản có lợi hơn cho người lao động. Ảnh: Thanh Tâm</figcaption>
										</figure>
							</div>
				</div>
				<div class="elementor-element elementor-element-61b9c0e elementor-widget elementor-widget-text-editor" data-id="61b9c0e" data-element_type="widget" data-widget_type="text-editor.default">
				<div class="elementor-widget-container">
							<p>Tại hội nghị, hai bên ký kết Thỏa ước lao động tập thể năm 2026 với 28 điều khoản có lợi hơn quy định của pháp luật, tăng 2 điều khoản so với thỏa ước cũ. Thu nhập bình quân của người lao động năm 2025 đạt 9,6 triệu đồng/người/tháng, tăng 7,2% so với năm 2024.</p><p>Phong trào thi đua “Lao động giỏi, lao động sáng tạo” có 63 sáng kiến được áp dụng, làm lợi cho Công ty gần 2,4 tỷ đồng. Công đoàn giới thiệu 11 đoàn viên ưu tú cho Chi bộ Công ty xem xét, 7 đồng chí đã được kết nạp vào Đảng.</p>						</div>
				</div>
				<div class="elementor-element elementor-element-d20f8a6 elementor-widget elementor-widget-text-editor" data-id="d20f8a6" data-element_type="widget" data-widget_type="text-editor.default">
				<div class="elementor-widget-container">
							<p>Dịp Tết Bính Ngọ 2026, Công ty và Công đoàn thống nhất dự kiến trao 5.640 suất quà cho 100% người lao động, mỗi suất 500.000 đồng; riêng 214 đoàn viên có hoàn cảnh khó khăn được tặng thêm 1 triệu đồng mỗi người. Tổng kinh phí chăm lo Tết dự kiến hơn 3,03 tỷ đồng, trong đó Công đoàn chi 486 triệu đồng.</p><p>Hội nghị thống nhất các chỉ tiêu năm 2026: phấn đấu 95% trở lên người lao động là đoàn viên; kết nạp mới ít nhất 600 đoàn viên; có từ 70 sáng kiến trở lên được áp dụng; thu nhập bình quân đạt 10,2 triệu đồng/người/tháng; 100% người lao động được khám sức khỏe định kỳ; giới thiệu 10 đoàn viên ưu tú cho Đảng.</p><p>Hội nghị cũng bầu 42 đại diện tập thể người lao động tham gia đối thoại năm 2026 và biểu quyết thông qua Nội quy lao động sửa đổi với 98,6% đại biểu tán thành.</p>						</div>
				</div>
					</div>
		</div>
				<div class="elementor-column elementor-col-33 elementor-top-column elementor-element elementor-element-8f3b6d1" data-id="8f3b6d1" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-c5e2a10 elementor-widget elementor-widget-heading" data-id="c5e2a10" data-element_type="widget" data-widget_type="heading.default">
				<div class="elementor-widget-container">
			<h3 class="elementor-heading-title elementor-size-default">Công đoàn Sao Việt</h3>		</div>
				</div>
				<div class="elementor-element elementor-element-2f0b7c4 elementor-widget elementor-widget-counter" data-id="2f0b7c4" data-element_type="widget" data-widget_type="counter.default">
				<div class="elementor-widget-container">
					<div class="elementor-counter">
			<div class="elementor-counter-number-wrapper">
				<span class="elementor-counter-number-prefix"></span>
				<span class="elementor-counter-number" data-duration="2000" data-to-value="4650" data-from-value="0" data-delimiter=".">4.650</span>
				<span class="elementor-counter-number-suffix">+</span>
			</div>
							<div class="elementor-counter-title">đoàn viên</div>
					</div>
				</div>
				</div>
				<div class="elementor-element elementor-element-7d1e5a3 elementor-widget elementor-widget-counter" data-id="7d1e5a3" data-element_type="widget" data-widget_type="counter.default">
				<div class="elementor-widget-container">
					<div class="elementor-counter">
			<div class="elementor-counter-number-wrapper">
				<span class="elementor-counter-number-prefix"></span>
				<span class="elementor-counter-number" data-duration="2000" data-to-value="18" data-from-value="0">18</span>
				<span class="elementor-counter-number-suffix"></span>
			</div>
							<div class="elementor-counter-title">tổ công đoàn</div>
					</div>
				</div>
				</div>
				<div class="elementor-element elementor-element-e9c4b20 elementor-widget elementor-widget-counter" data-id="e9c4b20" data-element_type="widget" data-widget_type="counter.default">
				<div class="elementor-widget-container">
					<div class="elementor-counter">
			<div class="elementor-counter-number-wrapper">
				<span class="elementor-counter-number-prefix"></span>
				<span class="elementor-counter-number" data-duration="2500" data-to-value="12345" data-from-value="0" data-delimiter=".">12.345</span>
				<span class="elementor-counter-number-suffix"></span>
			</div>
							<div class="elementor-counter-title">lượt truy cập</div>
					</div>
				</div>
				</div>
				<div class="elementor-element elementor-element-1b8f3d9 elementor-widget elementor-widget-heading" data-id="1b8f3d9" data-element_type="widget" data-widget_type="heading.default">
				<div class="elementor-widget-container">
			<h3 class="elementor-heading-title elementor-size-default">Bài viết mới</h3>		</div>
				</div>
				<div class="elementor-element elementor-element-6a0c2e7 elementor-widget elementor-widget-posts" data-id="6a0c2e7" data-element_type="widget" data-widget_type="posts.classic">
				<div class="elementor-widget-container">
					<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic">
				<article class="elementor-post elementor-grid-item post-398 post type-post status-publish">
				<div class="elementor-post__text">
				<h3 class="elementor-post__title"><a href="https://congdoansaoviet.vn/ban-tin/trao-120-suat-hoc-bong/">Trao 120 suất học bổng cho con công nhân</a></h3>
				<div class="elementor-post__meta-data"><span class="elementor-post-date">12/01/2026</span></div>
				</div>
				</article>
				<article class="elementor-post elementor-grid-item post-391 post type-post status-publish">
				<div class="elementor-post__text">
				<h3 class="elementor-post__title"><a href="https://congdoansaoviet.vn/ban-tin/giai-bong-da-16-doi/">Giải bóng đá công nhân quy tụ 16 đội, 256 cầu thủ</a></h3>
				<div class="elementor-post__meta-data"><span class="elementor-post-date">05/01/2026</span></div>
				</div>
				</article>
				<article class="elementor-post elementor-grid-item post-377 post type-post status-publish">
				<div class="elementor-post__text">
				<h3 class="elementor-post__title"><a href="https://congdoansaoviet.vn/ban-tin/kham-suc-khoe-2-800-lao-dong-nu/">Khám sức khỏe sinh sản cho 2.800 lao động nữ</a></h3>
				<div class="elementor-post__meta-data"><span class="elementor-post-date">18/12/2025</span></div>
				</div>
				</article>
				</div>
				</div>
				</div>
				<div class="elementor-element elementor-element-f3a9d62 elementor-widget elementor-widget-form" data-id="f3a9d62" data-element_type="widget" data-widget_type="form.default">
				<div class="elementor-widget-container">
					<h4 class="elementor-form-title">Đăng ký nhận tin</h4>
					<p class="elementor-form-desc">Nhận bản tin Công đoàn hằng tuần qua email - đã có hơn 2.300 người đăng ký.</p>
					<form class="elementor-form" method="post" name="Dang ky nhan tin">
			<input type="hidden" name="post_id" value="412"/>
			<input type="hidden" name="form_id" value="f3a9d62"/>
			<div class="elementor-form-fields-wrapper elementor-labels-">
				<div class="elementor-field-type-email elementor-field-group elementor-column elementor-field-group-email elementor-col-100 elementor-field-required">
					<label for="form-field-email" class="elementor-field-label elementor-screen-only">Email</label>
					<input size="1" type="email" name="form_fields[email]" id="form-field-email" class="elementor-field elementor-size-sm  elementor-field-textual" placeholder="Email của bạn" required="required" aria-required="true">
				</div>
				<div class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-100 e-form__buttons">
					<button class="elementor-button elementor-size-sm" type="submit">
						<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Đăng ký</span></span>
					</button>
				</div>
			</div>
		</form>
				</div>
				</div>
					</div>
		</div>
					</div>
		</section>
				</div>

		<div data-elementor-type="footer" data-elementor-id="27" class="elementor elementor-27 elementor-location-footer" data-elementor-post-type="elementor_library">
			<section class="elementor-section elementor-top-section elementor-element elementor-element-1e7c9f0 elementor-section-boxed" data-id="1e7c9f0" data-element_type="section" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}">
						<div class="elementor-container elementor-column-gap-default">
					<div class="elementor-column elementor-col-33 elementor-top-column elementor-element elementor-element-3a5b7c9" data-id="3a5b7c9" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-8e1d0a4 elementor-widget elementor-widget-text-editor" data-id="8e1d0a4" data-element_type="widget" data-widget_type="text-editor.default">
				<div class="elementor-widget-container">
							<h4>Liên hệ</h4><p>Văn phòng Công đoàn: Lô C8, Khu công nghiệp Quế Võ, phường Nam Sơn, tỉnh Bắc Ninh</p><p>Điện thoại: 0222.3634.118 (máy lẻ 205)</p><p>Đường dây nóng Công đoàn: 0912.458.306</p>						</div>
				</div>
					</div>
		</div>
				<div class="elementor-column elementor-col-33 elementor-top-column elementor-element elementor-element-5c2e8b1" data-id="5c2e8b1" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-0d4f6e2 elementor-widget elementor-widget-icon-list" data-id="0d4f6e2" data-element_type="widget" data-widget_type="icon-list.default">
				<div class="elementor-widget-container">
					<h4>Liên kết</h4>
					<ul class="elementor-icon-list-items">
							<li class="elementor-icon-list-item"><a href="http://www.congdoan.vn"><span class="elementor-icon-list-text">Tổng Liên đoàn Lao động Việt Nam</span></a></li>
							<li class="elementor-icon-list-item"><a href="https://congdoanbacninh.org.vn"><span class="elementor-icon-list-text">Liên đoàn Lao động tỉnh Bắc Ninh</span></a></li>
							<li class="elementor-icon-list-item"><a href="https://congdoankcnbacninh.vn"><span class="elementor-icon-list-text">Công đoàn các Khu công nghiệp tỉnh</span></a></li>
						</ul>
				</div>
				</div>
					</div>
		</div>
				<div class="elementor-column elementor-col-33 elementor-top-column elementor-element elementor-element-9b4a0c5" data-id="9b4a0c5" data-element_type="column">
			<div class="elementor-widget-wrap elementor-element-populated">
						<div class="elementor-element elementor-element-6e3f1d8 elementor-widget elementor-widget-text-editor" data-id="6e3f1d8" data-element_type="widget" data-widget_type="text-editor.default">
				<div class="elementor-widget-container">
							<h4>Giờ tiếp đoàn viên</h4><p>Thứ Hai - Thứ Sáu: 7:30 - 16:30</p><p>Ca đêm: liên hệ tổ trưởng công đoàn, hotline 0868.246.135</p><p>Tư vấn pháp luật: 1900 6184</p>						</div>
				</div>
					</div>
		</div>
					</div>
		</section>
		<div class="elementor-element elementor-element-b0c1d2e elementor-widget elementor-widget-text-editor" data-id="b0c1d2e" data-element_type="widget" data-widget_type="text-editor.default">
				<div class="elementor-widget-container">
							<p>© 2026 Công đoàn Công ty TNHH Điện tử Sao Việt. Thiết kế bởi WebCongDoan.</p>						</div>
				</div>
				</div>

<script src="https://congdoansaoviet.vn/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.24.7" id="elementor-frontend-js"></script>
</body>
</html>
"""

# =============================================================================================
# 4. paged.html: page 1 of 2 of a story on the site of LĐLĐ tỉnh Lâm Đồng
# =============================================================================================
PAGED = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lâm Đồng: 6 tháng đầu năm 2026 kết nạp mới 5.310 đoàn viên (Trang 1) - Công đoàn Lâm Đồng</title>
<meta name="description" content="Ngày 9/7/2026, Ban Thường vụ LĐLĐ tỉnh Lâm Đồng sơ kết công tác công đoàn 6 tháng đầu năm 2026.">
<link rel="canonical" href="https://congdoanlamdong.org.vn/tin-tuc/hoat-dong/lam-dong-so-ket-cong-tac-cong-doan-6-thang-dau-nam-2026-1832.html">
<link rel="next" href="https://congdoanlamdong.org.vn/tin-tuc/hoat-dong/lam-dong-so-ket-cong-tac-cong-doan-6-thang-dau-nam-2026-1832.html?trang=2">
<link rel="amphtml" href="https://congdoanlamdong.org.vn/amp/tin-tuc/hoat-dong/lam-dong-so-ket-cong-tac-cong-doan-6-thang-dau-nam-2026-1832.html">
<meta property="og:title" content="Lâm Đồng: 6 tháng đầu năm 2026 kết nạp mới 5.310 đoàn viên">
<meta property="og:type" content="article">
<meta property="og:url" content="https://congdoanlamdong.org.vn/tin-tuc/hoat-dong/lam-dong-so-ket-cong-tac-cong-doan-6-thang-dau-nam-2026-1832.html">
<meta property="article:published_time" content="2026-07-10T07:40:00+07:00">
<link rel="stylesheet" href="/assets/css/site.css?v=7">
<link rel="stylesheet" href="/assets/css/print.css?v=7" media="print">
</head>
<body>
<div class="wrapper">
  <div class="top-links">
    <span>Thứ Sáu, 10/7/2026</span>
    <a href="/rss.html">RSS</a> <a href="/sitemap.html">Sơ đồ site</a> <a href="/english">English</a>
  </div>
  <header class="banner">
    <img src="/assets/img/banner-ldld-lamdong.jpg" alt="Liên đoàn Lao động tỉnh Lâm Đồng">
    <div class="banner-text">LIÊN ĐOÀN LAO ĐỘNG TỈNH LÂM ĐỒNG</div>
  </header>
  <div class="menu">
    <a href="/">Trang chủ</a> | <a href="/gioi-thieu.html">Giới thiệu</a> | <a href="/tin-tuc.html" class="on">Tin tức</a> | <a href="/van-ban.html">Văn bản</a> | <a href="/nu-cong.html">Nữ công</a> | <a href="/tu-van-phap-luat.html">Tư vấn pháp luật</a> | <a href="/thu-vien.html">Thư viện</a> | <a href="/lien-he.html">Liên hệ</a>
  </div>

  <div class="layout">
    <div class="main-col">
      <div class="path">Tin tức &gt; Hoạt động công đoàn</div>
      <div class="news-view">
        <h1 class="news-title">Lâm Đồng: 6 tháng đầu năm 2026 kết nạp mới 5.310 đoàn viên</h1>
        <div class="news-info">
          <span class="news-date">10/07/2026 07:40</span> - <span class="news-views">Lượt xem: 2.315</span>
          <span class="news-tools"><a href="/in-bai/1832.html" target="_blank" rel="nofollow">Bản in</a> | <a href="https://congdoanlamdong.org.vn/amp/tin-tuc/hoat-dong/lam-dong-so-ket-cong-tac-cong-doan-6-thang-dau-nam-2026-1832.html">Xem bản AMP</a> | <a href="/gui-email/1832.html">Gửi email</a></span>
        </div>
        <div class="news-page-note">Trang 1/2</div>
        <div class="news-lead"><b>(CĐLĐ) - Ngày 9/7/2026, Ban Thường vụ Liên đoàn Lao động tỉnh Lâm Đồng tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026. Đây là lần sơ kết đầu tiên sau một năm hợp nhất Liên đoàn Lao động các tỉnh Lâm Đồng, Đắk Nông và Bình Thuận theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội.</b></div>
        <div class="news-content">
          <p>Theo báo cáo, tính đến ngày 30/6/2026, toàn tỉnh có 3.318 CĐCS với 198.760 đoàn viên, tăng 1.360 đoàn viên so với cuối năm 2025.</p>
          <p>Trong 6 tháng, các cấp công đoàn kết nạp mới 5.310 đoàn viên, đạt 59% kế hoạch năm; thành lập mới 38 CĐCS, đạt 63,3% kế hoạch.</p>
          <p>Một số kết quả nổi bật trong công tác chăm lo, đại diện:</p>
          <ul>
            <li>Dịp Tết Bính Ngọ 2026, trao 52.380 suất quà cho đoàn viên, người lao động với tổng trị giá 31,4 tỷ đồng; tổ chức 18 chuyến xe đưa 1.020 công nhân về quê đón Tết.</li>
            <li>Tháng Công nhân năm 2026: tổ chức 214 hoạt động thăm hỏi, tặng quà cho 15.600 lượt đoàn viên, trị giá gần 6,8 tỷ đồng.</li>
            <li>Khởi công, bàn giao 48 nhà “Mái ấm Công đoàn”, mỗi nhà được hỗ trợ từ 50 đến 80 triệu đồng.</li>
            <li>1.426/1.538 doanh nghiệp có CĐCS (đạt 92,7%) tổ chức hội nghị người lao động; 100% cơ quan, đơn vị khu vực nhà nước tổ chức hội nghị cán bộ, công chức, viên chức.</li>
            <li>Ký mới 96 bản thỏa ước lao động tập thể; tổ chức 1.184 cuộc đối thoại định kỳ tại nơi làm việc.</li>
            <li>Xảy ra 3 cuộc ngừng việc tập thể, đều được công đoàn phối hợp giải quyết trong vòng 2 ngày.</li>
          </ul>
          <blockquote class="quote">
            <p>“Sau một năm hợp nhất, tổ chức công đoàn tỉnh đã ổn định, 100% CĐCS được chuyển giao nguyên trạng. 6 tháng cuối năm, mỗi CĐCS phải giới thiệu ít nhất 1 đoàn viên ưu tú cho Đảng, toàn tỉnh phấn đấu kết nạp thêm 4.000 đoàn viên”.</p>
            <p class="quote-by">Đồng chí Nguyễn Thị Thu Hằng, Chủ tịch LĐLĐ tỉnh Lâm Đồng</p>
          </blockquote>
          <p>Công tác tuyên truyền Luật Công đoàn số 50/2024/QH15 và Bộ luật Lao động số 45/2019/QH14 được đẩy mạnh; các cấp công đoàn tổ chức 1.362 buổi tuyên truyền cho hơn 96.000 lượt đoàn viên, người lao động; mở 28 lớp tập huấn nghiệp vụ cho 2.140 cán bộ công đoàn cơ sở.</p>
          <p>Các cấp công đoàn đã giới thiệu 426 đoàn viên ưu tú cho Đảng xem xét, kết nạp; thu kinh phí công đoàn ước đạt 74,5 tỷ đồng, bằng 52,3% dự toán năm.</p>
          <p>Tuy nhiên, báo cáo cũng chỉ ra một số hạn chế: số đoàn viên giảm do người lao động nghỉ việc còn lớn, 6 tháng qua có 3.950 đoàn viên thôi sinh hoạt; vẫn còn 112 doanh nghiệp chậm đóng kinh phí công đoàn với tổng số tiền trên 9,6 tỷ đồng.</p>
        </div>
        <div class="news-pager">Trang: <span class="current">1</span> <a href="/tin-tuc/hoat-dong/lam-dong-so-ket-cong-tac-cong-doan-6-thang-dau-nam-2026-1832.html?trang=2">2</a> <a href="/tin-tuc/hoat-dong/lam-dong-so-ket-cong-tac-cong-doan-6-thang-dau-nam-2026-1832.html?trang=2" class="next">Tiếp &raquo;</a></div>
        <div class="news-rate">Đánh giá bài viết: <span class="stars">4,5/5</span> (38 lượt đánh giá)</div>
        <div class="news-share">Chia sẻ: <a href="#">Facebook (27)</a> <a href="#">Zalo (15)</a> <a href="#">Twitter</a></div>
      </div>
      <div class="other-news">
        <h3>Các tin khác</h3>
        <ul>
          <li><a href="/tin-tuc/hoat-dong/tap-huan-260-chu-tich-cdcs-1829.html">Tập huấn cho 260 chủ tịch CĐCS khu vực Bình Thuận cũ</a> <span>(08/07/2026)</span></li>
          <li><a href="/tin-tuc/hoat-dong/trao-75-suat-hoc-bong-1826.html">Trao 75 suất học bổng “Vượt khó học giỏi” cho con đoàn viên</a> <span>(05/07/2026)</span></li>
          <li><a href="/tin-tuc/hoat-dong/cong-doan-nganh-giao-duc-ket-nap-480-doan-vien-1821.html">Công đoàn ngành Giáo dục kết nạp 480 đoàn viên trong 6 tháng</a> <span>(02/07/2026)</span></li>
          <li><a href="/tin-tuc/hoat-dong/doi-thoai-voi-1-500-cong-nhan-kcn-loc-son-1817.html">Đối thoại với 1.500 công nhân Khu công nghiệp Lộc Sơn</a> <span>(29/06/2026)</span></li>
        </ul>
      </div>
    </div>

    <div class="side-col">
      <div class="side-box">
        <div class="side-title">Thăm dò ý kiến</div>
        <p>Bạn đánh giá thế nào về hoạt động tư vấn pháp luật của công đoàn?</p>
        <form action="/binh-chon/14" method="post">
          <label><input type="radio" name="vote" value="1"> Rất hữu ích (62%)</label><br>
          <label><input type="radio" name="vote" value="2"> Hữu ích (29%)</label><br>
          <label><input type="radio" name="vote" value="3"> Chưa hữu ích (9%)</label><br>
          <button type="submit">Bình chọn</button> <a href="/binh-chon/14/ket-qua">Xem kết quả (1.147 lượt)</a>
        </form>
      </div>
      <div class="side-box">
        <div class="side-title">Quảng cáo</div>
        <a href="https://ads.example-adnet.vn/click?c=5510"><img src="/uploads/qc/resort-da-lat.jpg" alt="Nghỉ dưỡng Đà Lạt giảm 40% cho đoàn viên"></a>
      </div>
      <div class="side-box">
        <div class="side-title">Thống kê truy cập</div>
        <p>Đang online: 58</p>
        <p>Hôm nay: 3.126</p>
        <p>Tổng lượt truy cập: 6.482.905</p>
      </div>
    </div>
  </div>

  <div class="footer">
    <p>LIÊN ĐOÀN LAO ĐỘNG TỈNH LÂM ĐỒNG - Số 3 Trần Hưng Đạo, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng</p>
    <p>Điện thoại: 0263.3822.446 - Fax: 0263.3822.447 - Email: ldld@lamdong.gov.vn</p>
    <p>Giấy phép số 07/GP-TTĐT ngày 21/02/2022. Chịu trách nhiệm: Nguyễn Thị Thu Hằng.</p>
  </div>
</div>
</body>
</html>
"""

PAGES = {
    "joomla.html": (
        "/index.php/tin-tuc/tin-hoat-dong/4381-ldld-tinh-nghe-an-tong-ket-cong-tac-cong-doan-nam-2025",
        JOOMLA,
    ),
    "national.html": (
        "/cong-doan/tp-ho-chi-minh-hon-1-2-trieu-luot-doan-vien-nguoi-lao-dong-duoc-cham-lo-tet-binh-ngo-2026-20260208114512345.htm",
        NATIONAL,
    ),
    "district.html": ("/ban-tin/hoi-nghi-nguoi-lao-dong-nam-2026/", DISTRICT),
    "paged.html": (
        "/tin-tuc/hoat-dong/lam-dong-so-ket-cong-tac-cong-doan-6-thang-dau-nam-2026-1832.html",
        PAGED,
    ),
}


def main():
    site = []
    for name, (path, html) in PAGES.items():
        (HERE / name).write_text(html, encoding="utf-8")
        site.append({"path": path, "file": name, "content_type": "text/html; charset=utf-8"})
    (HERE / "site.json").write_text(
        json.dumps(site, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    print("wrote", ", ".join(PAGES), "and site.json")


if __name__ == "__main__":
    main()
