/** The one stylesheet of every site: responsive, high contrast, no external fonts (CSP: style-src 'self'). */
export const SITE_CSS = `*{box-sizing:border-box}html{font-size:16px}body{margin:0;font-family:"PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;color:#1f1f1f;background:#f6f6f4;line-height:1.75}
a{color:#0b4f9c}a:focus,button:focus,input:focus{outline:3px solid #f0a500;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem;z-index:10}.skip:focus{left:1rem}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.wrap{max-width:1120px;margin:0 auto;padding:0 1rem}
header.top{background:#a8071a;color:#fff}header.top .wrap{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.75rem;padding:1.1rem 1rem}
.brand{color:#fff;font-size:1.6rem;font-weight:700;text-decoration:none;letter-spacing:.05em}
form.search{display:flex;gap:.25rem}form.search input{padding:.4rem .6rem;border:1px solid #ccc;border-radius:3px;min-width:12rem;font-size:1rem}
form.search button{padding:.4rem .9rem;border:0;border-radius:3px;background:#ffd666;color:#222;font-size:1rem;cursor:pointer}
nav.main{background:#820014}nav.main ul{list-style:none;margin:0 auto;padding:0 1rem;max-width:1120px;display:flex;flex-wrap:wrap}
nav.main a{display:block;color:#fff;padding:.6rem 1rem;text-decoration:none}nav.main a[aria-current]{background:#5c0011}
main{padding:1.25rem 1rem 2rem}.crumbs{font-size:.9rem;color:#555;margin-bottom:.75rem}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:1rem}
section.box,article.box{background:#fff;border:1px solid #e5e5e5;border-radius:4px;padding:1rem 1.25rem}
section.box h2{margin:0 0 .5rem;font-size:1.15rem;border-bottom:2px solid #a8071a;padding-bottom:.35rem;display:flex;justify-content:space-between}
section.box h2 a{font-size:.85rem;font-weight:400}
ul.list{list-style:none;margin:0;padding:0}ul.list li{display:flex;justify-content:space-between;gap:1rem;padding:.35rem 0;border-bottom:1px dashed #e5e5e5}
ul.list li time{color:#777;white-space:nowrap;font-size:.9rem}ul.list .pin{color:#a8071a;font-size:.8rem;margin-right:.3rem}
ul.list p{margin:.2rem 0 0;color:#555;font-size:.92rem}
h1{font-size:1.6rem;line-height:1.4;margin:.25rem 0 .5rem}.sub{color:#555;font-size:1.1rem;margin:0 0 .5rem}
.meta{color:#666;font-size:.9rem;border-bottom:1px solid #eee;padding-bottom:.6rem;margin-bottom:1rem}.meta span{margin-right:1.2rem}
.body{font-size:1.06rem}.body img{max-width:100%;height:auto}.body table{border-collapse:collapse;max-width:100%}.body td,.body th{border:1px solid #ccc;padding:.3rem .5rem}
dl.fields{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}dl.fields dt{color:#555}dl.fields dd{margin:0}
nav.pages{margin-top:1rem;display:flex;gap:.4rem;flex-wrap:wrap}nav.pages a,nav.pages span{padding:.2rem .6rem;border:1px solid #ddd;border-radius:3px;background:#fff}
mark{background:#ffe58f;color:inherit}
ul.list li.with-cover{justify-content:flex-start;align-items:flex-start}ul.list li.with-cover>div{flex:1}ul.list img.cover{width:8rem;height:5.4rem;object-fit:cover;border-radius:3px;flex:none}
section.files{margin-top:1.5rem;border-top:1px solid #eee;padding-top:.75rem}section.files h2{font-size:1.05rem;margin:0 0 .4rem}section.files ul{margin:0;padding-left:1.2rem}section.files .size{color:#777;font-size:.9rem}
footer.foot{background:#3a3a3a;color:#ddd;padding:1.25rem 0;font-size:.9rem}footer.foot a{color:#fff}
@media (max-width:640px){html{font-size:17px}.brand{font-size:1.25rem}form.search{width:100%}form.search input{flex:1;min-width:0}ul.list li{flex-direction:column;gap:0}ul.list li.with-cover{flex-direction:row;flex-wrap:wrap;gap:0 .6rem}ul.list li.with-cover time{flex-basis:100%}ul.list img.cover{width:6rem;height:4rem}main{padding:1rem .75rem}nav.main a{padding:.5rem .7rem}}
body.wap .wrap{max-width:720px}body.wap nav.main ul{overflow-x:auto;flex-wrap:nowrap}body.wap nav.main a{white-space:nowrap}
`;
