--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: files; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.files (
    archived_as character varying(1000) NOT NULL,
    sha256 character varying(64) NOT NULL,
    file character varying(1000) NOT NULL,
    department character varying(200),
    period character varying(10),
    filed_under character varying(10),
    status character varying(20) NOT NULL,
    received_at timestamp without time zone,
    modified timestamp without time zone,
    sender character varying(500) NOT NULL,
    decided_at timestamp without time zone,
    issues json NOT NULL
);


--
-- Name: sent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sent (
    period character varying(10) NOT NULL,
    department character varying(200) NOT NULL,
    kind character varying(20) NOT NULL,
    recipients json NOT NULL,
    at timestamp without time zone NOT NULL
);


--
-- Name: statuses; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.statuses (
    period character varying(10) NOT NULL,
    id character varying(20) NOT NULL,
    department character varying(200) NOT NULL,
    actual double precision,
    expected double precision,
    status character varying(20) NOT NULL
);


--
-- Name: values; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."values" (
    period character varying(10) NOT NULL,
    department character varying(200) NOT NULL,
    id character varying(20) NOT NULL,
    task_no integer NOT NULL,
    role character varying(10) NOT NULL,
    actual double precision,
    valid boolean NOT NULL,
    state text NOT NULL,
    progress text NOT NULL,
    problems text NOT NULL,
    plans text NOT NULL,
    file character varying(1000) NOT NULL,
    received_at timestamp without time zone
);


--
-- Data for Name: files; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.files VALUES ('archive/2023-W35/市科技局/市科技局2023-W35推进情况__20230829-090000__7b56e17f.xlsx', '7b56e17fd65fc1245266a3abe440ad654b4782ca557aa407c8628d31e7516f2f', 'inbox/市科技局2023-W35推进情况.xlsx', '市科技局', '2023-W35', '2023-W35', 'accepted', '2023-08-29 09:00:00', '2023-08-29 09:00:00', '联系人01 <d01@tengzhou.example>', '2023-08-31 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W35/市自然资源局/市自然资源局2023-W35推进情况__20230829-091400__4ef9bd8a.xlsx', '4ef9bd8a669667c4328286037f250a28b636d0fa881c307b93177fca493473c7', 'inbox/市自然资源局2023-W35推进情况.xlsx', '市自然资源局', '2023-W35', '2023-W35', 'accepted', '2023-08-29 09:14:00', '2023-08-29 09:14:00', '联系人15 <d15@tengzhou.example>', '2023-08-31 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W35/市司法局/市司法局2023-W35推进情况__20230829-092800__17a6a402.xlsx', '17a6a4026cc57287fd3a9d5dfc17e43b70c869d5a3a294f94a3eeee0dca4c76c', 'inbox/市司法局2023-W35推进情况.xlsx', '市司法局', '2023-W35', '2023-W35', 'accepted', '2023-08-29 09:28:00', '2023-08-29 09:28:00', '联系人30 <d30@tengzhou.example>', '2023-08-31 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W35/市发改局/市发改局（初稿）__20230829-100600__0ff9b9e0.xlsx', '0ff9b9e089ea9f0afd3b88dd0c9fbf2ae3164d6ef63130d7f49784168f7f4350', 'inbox/市发改局（初稿）.xlsx', '市发改局', '2023-W35', '2023-W35', 'superseded', '2023-08-29 10:06:00', '2023-08-29 10:06:00', '联系人07 <d07@tengzhou.example>', '2023-08-31 15:00:00', '[{"code": "not-a-number", "severity": "error", "message": "\u6587\u4ef6\u201c\u5e02\u53d1\u6539\u5c40\uff08\u521d\u7a3f\uff09.xlsx\u201d\u201c\u586b\u62a5\u8868\u201d\u8868J13\u5355\u5143\u683c\uff08\u6307\u680724.1\u201c\u667a\u80fd\u5316\u5f00\u91c7\u7164\u77ff\u201d\uff09\u586b\u5199\u7684\u201c\u5f85\u6838\u5b9e\u201d\u4e0d\u662f\u6570\u5b57\u3002\u7d2f\u8ba1\u5b8c\u6210\u503c\u8bf7\u53ea\u586b\u5199\u6570\u5b57\uff08\u4e0d\u5e26\u5355\u4f4d\uff09\uff0c\u6587\u5b57\u8bf4\u660e\u8bf7\u586b\u5728\u201c\u8fdb\u5c55\u60c5\u51b5\u201d\u680f\uff08\u672c\u884c\u5355\u4f4d\uff1a\u5904\uff09\u3002", "file": "inbox/\u5e02\u53d1\u6539\u5c40\uff08\u521d\u7a3f\uff09.xlsx", "sheet": "\u586b\u62a5\u8868", "cell": "J13", "value": "\u5f85\u6838\u5b9e"}]');
INSERT INTO public.files VALUES ('archive/rejected/市能源事务中心情况说明__20230829-100800__ddb7078f.docx', 'ddb7078f2aae046f067674ec55dcea4dabebd8213e1f69f27198bd5187405589', 'inbox/市能源事务中心情况说明.docx', NULL, NULL, '2023-W35', 'rejected', '2023-08-29 10:08:00', NULL, '联系人09 <d09@tengzhou.example>', '2023-08-31 15:00:00', '[{"code": "not-a-workbook", "severity": "error", "message": "\u6587\u4ef6\u201c\u5e02\u80fd\u6e90\u4e8b\u52a1\u4e2d\u5fc3\u60c5\u51b5\u8bf4\u660e.docx\u201d\u65e0\u6cd5\u4f5c\u4e3a\u62a5\u9001\u8868\u683c\u8bfb\u53d6\uff1a\u6587\u4ef6\u7c7b\u578b\uff08.docx\uff09\u4e0d\u662f Excel \u8868\u683c\u3002\u8bf7\u53e6\u5b58\u4e3a .xlsx \u540e\u91cd\u65b0\u62a5\u9001\u3002", "file": "inbox/\u5e02\u80fd\u6e90\u4e8b\u52a1\u4e2d\u5fc3\u60c5\u51b5\u8bf4\u660e.docx", "sheet": "", "cell": "", "value": ""}]');
INSERT INTO public.files VALUES ('archive/2023-W35/市综合执法局/市综合执法局2023-W35推进情况__20230829-102200__878d6690.xlsx', '878d66900a2817da92d93ba09008d8513060ade8295454bfbb6a5544eceb3b32', 'inbox/市综合执法局2023-W35推进情况.xlsx', '市综合执法局', '2023-W35', '2023-W35', 'accepted', '2023-08-29 10:22:00', '2023-08-29 10:22:00', '联系人24 <d24@tengzhou.example>', '2023-08-31 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W35/市委办公室/市委办公室2023-W35推进情况__20230829-103600__cafc12f4.xlsx', 'cafc12f47e5e710c67a510c61ca39f57ec41b5f0deaf33cace42fe4732707374', 'inbox/市委办公室2023-W35推进情况.xlsx', '市委办公室', '2023-W35', '2023-W35', 'accepted', '2023-08-29 10:36:00', '2023-08-29 10:36:00', '联系人38 <d38@tengzhou.example>', '2023-08-31 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W35/市国资局/市国资局2023-W35推进情况__20230829-110200__3160e925.xlsx', '3160e9250a98677f39bf94dc6f0e48c76b5e0115349aa4cd33fe6b878cc41d99', 'inbox/市国资局2023-W35推进情况.xlsx', '市国资局', '2023-W35', '2023-W35', 'accepted', '2023-08-29 11:02:00', '2023-08-29 11:02:00', '联系人03 <d03@tengzhou.example>', '2023-08-31 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W35/市住建局/市住建局2023-W35推进情况__20230829-111600__83bf8617.xlsx', '83bf8617713750752696805e55eae1e8f34b9e0acd251497671e36d80f535585', 'inbox/市住建局2023-W35推进情况.xlsx', '市住建局', '2023-W35', '2023-W35', 'accepted', '2023-08-29 11:16:00', '2023-08-29 11:16:00', '联系人17 <d17@tengzhou.example>', '2023-08-31 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W35/市招商引资中心/市招商引资中心2023-W35推进情况__20230829-113000__8b3ec48d.xlsx', '8b3ec48df9fb13821f3db38099e91aaf5c49622dfe7a1d29ae78d85693793393', 'inbox/市招商引资中心2023-W35推进情况.xlsx', '市招商引资中心', '2023-W35', '2023-W35', 'accepted', '2023-08-29 11:30:00', '2023-08-29 11:30:00', '联系人32 <d32@tengzhou.example>', '2023-08-31 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W35/市金融服务中心/市金融服务中心2023-W35推进情况__20230829-121000__1cd95536.xlsx', '1cd95536e57784977a4add0cbbf803e8eabe88218f1b95c8fbc3f2aab412b378', 'inbox/市金融服务中心2023-W35推进情况.xlsx', '市金融服务中心', '2023-W35', '2023-W35', 'accepted', '2023-08-29 12:10:00', '2023-08-29 12:10:00', '联系人11 <d11@tengzhou.example>', '2023-08-31 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W35/市林业发展中心/市林业发展中心2023-W35推进情况__20230829-122400__e4eebedf.xlsx', 'e4eebedf62f90550ab15c7ac99ae9030ba78ec3fe02f703cff65d6b0ea21641a', 'inbox/市林业发展中心2023-W35推进情况.xlsx', '市林业发展中心', '2023-W35', '2023-W35', 'accepted', '2023-08-29 12:24:00', '2023-08-29 12:24:00', '联系人26 <d26@tengzhou.example>', '2023-08-31 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W35/市卫健局/市卫健局2023-W35推进情况__20230829-130400__2448ad45.xlsx', '2448ad45d8f55019a382575e256288e586a0ee6c3178c1b41ab88efd40a6d1ed', 'inbox/市卫健局2023-W35推进情况.xlsx', '市卫健局', '2023-W35', '2023-W35', 'accepted', '2023-08-29 13:04:00', '2023-08-29 13:04:00', '联系人05 <d05@tengzhou.example>', '2023-08-31 15:00:00', '[{"code": "not-a-number", "severity": "error", "message": "\u6587\u4ef6\u201c\u5e02\u536b\u5065\u5c402023-W35\u63a8\u8fdb\u60c5\u51b5.xlsx\u201d\u201c\u586b\u62a5\u8868\u201d\u8868J8\u5355\u5143\u683c\uff08\u6307\u680769.1\u201c\u8bd5\u70b9\u673a\u6784\u6bd4\u4f8b\u201d\uff09\u586b\u5199\u7684\u201c\u6b63\u5728\u7edf\u8ba1\u201d\u4e0d\u662f\u6570\u5b57\u3002\u7d2f\u8ba1\u5b8c\u6210\u503c\u8bf7\u53ea\u586b\u5199\u6570\u5b57\uff08\u4e0d\u5e26\u5355\u4f4d\uff09\uff0c\u6587\u5b57\u8bf4\u660e\u8bf7\u586b\u5728\u201c\u8fdb\u5c55\u60c5\u51b5\u201d\u680f\uff08\u672c\u884c\u5355\u4f4d\uff1a%\uff09\u3002", "file": "inbox/\u5e02\u536b\u5065\u5c402023-W35\u63a8\u8fdb\u60c5\u51b5.xlsx", "sheet": "\u586b\u62a5\u8868", "cell": "J8", "value": "\u6b63\u5728\u7edf\u8ba1"}]');
INSERT INTO public.files VALUES ('archive/2023-W35/市委宣传部/市委宣传部2023-W35推进情况__20230829-133200__26d74ac4.xlsx', '26d74ac4c6d4665adfe512046725f2395a0e42151064fc6892aa5445013e4b26', 'inbox/市委宣传部2023-W35推进情况.xlsx', '市委宣传部', '2023-W35', '2023-W35', 'accepted', '2023-08-29 13:32:00', '2023-08-29 13:32:00', '联系人34 <d34@tengzhou.example>', '2023-08-31 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W35/市铁路货场迁建指挥部/市铁路货场迁建指挥部2023-W35推进情况__20230829-141200__3177db3f.xlsx', '3177db3ff80312ef855d3d44d720a64a39299010233b5ffa996367b8d6f5018b', 'inbox/市铁路货场迁建指挥部2023-W35推进情况.xlsx', '市铁路货场迁建指挥部', '2023-W35', '2023-W35', 'accepted', '2023-08-29 14:12:00', '2023-08-29 14:12:00', '联系人13 <d13@tengzhou.example>', '2023-08-31 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W35/市政府办公室/市政府办公室2023-W35推进情况__20230829-142600__ce2cc8de.xlsx', 'ce2cc8deddd6a96621c119ba0edbee9d9267440fd82d53f3d11d4f946d967ec3', 'inbox/市政府办公室2023-W35推进情况.xlsx', '市政府办公室', '2023-W35', '2023-W35', 'accepted', '2023-08-29 14:26:00', '2023-08-29 14:26:00', '联系人28 <d28@tengzhou.example>', '2023-08-31 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W35/市发改局/市发改局2023-W35推进情况__20230829-150600__33e408c3.xlsx', '33e408c3e580d27b6a861d61981d6f916c453c65dddee8cfed6c32c84fc49fe9', 'inbox/市发改局2023-W35推进情况.xlsx', '市发改局', '2023-W35', '2023-W35', 'accepted', '2023-08-29 15:06:00', '2023-08-29 15:06:00', '联系人07 <d07@tengzhou.example>', '2023-08-31 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W35/市商投局/市商投局2023-W35推进情况__20230829-152000__6b19baaa.xlsx', '6b19baaaa07180aee856950492d8863da6f4e550c7717e103937905031e2417e', 'inbox/市商投局2023-W35推进情况.xlsx', '市商投局', '2023-W35', '2023-W35', 'accepted', '2023-08-29 15:20:00', '2023-08-29 15:20:00', '联系人21 <d21@tengzhou.example>', '2023-08-31 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W35/市医保局/市医保局2023-W35推进情况__20230829-153400__a4c118f7.xlsx', 'a4c118f76079a431b115d384fb19710fef563c64149295d1299bee79b8ffecde', 'inbox/市医保局2023-W35推进情况.xlsx', '市医保局', '2023-W35', '2023-W35', 'accepted', '2023-08-29 15:34:00', '2023-08-29 15:34:00', '联系人36 <d36@tengzhou.example>', '2023-08-31 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W35/市农业农村局/市农业农村局2023-W35推进情况__20230830-092100__5b6daced.xlsx', '5b6daced93b5ac8cf58f6b30f6ff1370dfb6b4b3d83a3c395796acca5351411e', 'inbox/市农业农村局2023-W35推进情况.xlsx', '市农业农村局', '2023-W35', '2023-W35', 'accepted', '2023-08-30 09:21:00', '2023-08-30 09:21:00', '联系人22 <d22@tengzhou.example>', '2023-08-31 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W35/市应急局/市应急局2023-W35推进情况__20230830-093500__cb38acde.xlsx', 'cb38acde27e053eb96ce2ccb09a42873c4a69c05b1db741700d6135d2060bc7b', 'inbox/市应急局2023-W35推进情况.xlsx', '市应急局', '2023-W35', '2023-W35', 'accepted', '2023-08-30 09:35:00', '2023-08-30 09:35:00', '联系人37 <d37@tengzhou.example>', '2023-08-31 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W35/市委组织部/市委组织部2023-W35推进情况__20230830-100100__615647e3.xlsx', '615647e38d9269357f2567a8788e6b6de7b14c1ad172227cd62c694cf991bacf', 'inbox/市委组织部2023-W35推进情况.xlsx', '市委组织部', '2023-W35', '2023-W35', 'accepted', '2023-08-30 10:01:00', '2023-08-30 10:01:00', '联系人02 <d02@tengzhou.example>', '2023-08-31 15:00:00', '[{"code": "approximate-value", "severity": "warning", "message": "\u6587\u4ef6\u201c\u5e02\u59d4\u7ec4\u7ec7\u90e82023-W35\u63a8\u8fdb\u60c5\u51b5.xlsx\u201d\u201c\u586b\u62a5\u8868\u201d\u8868J5\u5355\u5143\u683c\uff08\u6307\u68072.1\u201c\u7701\u7ea7\u65b0\u578b\u7814\u53d1\u673a\u6784\u603b\u91cf\u201d\uff09\u586b\u5199\u7684\u201c\u7ea62.73\u201d\u662f\u7ea6\u6570\uff0c\u5df2\u63092.73\u5bb6\u8ba1\u5165\uff1b\u5982\u6709\u51c6\u786e\u6570\u5b57\uff0c\u8bf7\u586b\u5199\u51c6\u786e\u6570\u5b57\u3002", "file": "inbox/\u5e02\u59d4\u7ec4\u7ec7\u90e82023-W35\u63a8\u8fdb\u60c5\u51b5.xlsx", "sheet": "\u586b\u62a5\u8868", "cell": "J5", "value": "\u7ea62.73"}]');
INSERT INTO public.files VALUES ('archive/2023-W35/市城乡水务局/市城乡水务局2023-W35推进情况__20230830-101500__4afa5f37.xlsx', '4afa5f37366b20be42dedf4a77a64563fc59a3630e111c32524bf6ef76212607', 'inbox/市城乡水务局2023-W35推进情况.xlsx', '市城乡水务局', '2023-W35', '2023-W35', 'accepted', '2023-08-30 10:15:00', '2023-08-30 10:15:00', '联系人16 <d16@tengzhou.example>', '2023-08-31 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W35/市市场监管局/市市场监管局2023-W35推进情况__20230830-102900__dcb741a9.xlsx', 'dcb741a964e90bf9ca001c5ae7f4bbf9626bb1ad8061533fb2472a1165d2a2a2', 'inbox/市市场监管局2023-W35推进情况.xlsx', '市市场监管局', '2023-W35', '2023-W35', 'accepted', '2023-08-30 10:29:00', '2023-08-30 10:29:00', '联系人31 <d31@tengzhou.example>', '2023-08-31 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W35/市城乡水务局/副本 - 市城乡水务局2023-W35推进情况__20230830-104500__4afa5f37.xlsx', '4afa5f37366b20be42dedf4a77a64563fc59a3630e111c32524bf6ef76212607', 'inbox/副本 - 市城乡水务局2023-W35推进情况.xlsx', '市城乡水务局', '2023-W35', '2023-W35', 'duplicate', '2023-08-30 10:45:00', '2023-08-30 10:15:00', '联系人16 <d16@tengzhou.example>', '2023-08-31 15:00:00', '[{"code": "duplicate-file", "severity": "warning", "message": "\u8be5\u6587\u4ef6\u4e0e 2023-08-30 10:15:00 \u6536\u5230\u7684\u201c\u5e02\u57ce\u4e61\u6c34\u52a1\u5c402023-W35\u63a8\u8fdb\u60c5\u51b5.xlsx\u201d\u5185\u5bb9\u5b8c\u5168\u76f8\u540c\uff0c\u5df2\u5f52\u6863\u5907\u67e5\uff0c\u4e0d\u91cd\u590d\u8ba1\u5165\u3002", "file": "inbox/\u526f\u672c - \u5e02\u57ce\u4e61\u6c34\u52a1\u5c402023-W35\u63a8\u8fdb\u60c5\u51b5.xlsx", "sheet": "", "cell": "", "value": ""}]');
INSERT INTO public.files VALUES ('archive/2023-W34/市大数据中心/市大数据中心2023-W35推进情况__20230830-110900__0ba986b4.xlsx', '0ba986b425049a986b1b298b4eb3b861a5ded5de37946ad61b42cac5d41f9864', 'inbox/市大数据中心2023-W35推进情况.xlsx', '市大数据中心', '2023-W34', '2023-W35', 'accepted', '2023-08-30 11:09:00', '2023-08-30 11:09:00', '联系人10 <d10@tengzhou.example>', '2023-08-31 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W35/生态环境滕州分局/生态环境滕州分局2023-W35推进情况__20230830-112300__efacca13.xlsx', 'efacca13ca02222d5759c0814b8e144c730f35d06f9ffd453fd3df8909b5667f', 'inbox/生态环境滕州分局2023-W35推进情况.xlsx', '生态环境滕州分局', '2023-W35', '2023-W35', 'accepted', '2023-08-30 11:23:00', '2023-08-30 11:23:00', '联系人25 <d25@tengzhou.example>', '2023-08-31 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W35/市财政局/市财政局2023-W35推进情况__20230830-121700__f0b5139e.xlsx', 'f0b5139e528786fe4e23194399a01a6774b26824bb7673d2f1023eed15e5657c', 'inbox/市财政局2023-W35推进情况.xlsx', '市财政局', '2023-W35', '2023-W35', 'accepted', '2023-08-30 12:17:00', '2023-08-30 12:17:00', '联系人18 <d18@tengzhou.example>', '2023-08-31 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W35/开发区管委会/开发区管委会2023-W35推进情况__20230830-123100__d5e71a58.xlsx', 'd5e71a583c515330b28c52ffea20b64b00a4b75705d107ffacbc0333e01dcabe', 'inbox/开发区管委会2023-W35推进情况.xlsx', '开发区管委会', '2023-W35', '2023-W35', 'accepted', '2023-08-30 12:31:00', '2023-08-30 12:31:00', '联系人33 <d33@tengzhou.example>', '2023-08-31 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W35/市交通运输局/市交通运输局2023-W35推进情况__20230830-131100__869acf7c.xlsx', '869acf7c85327d6e70c5db65115aa58d3a1c0b94cd9e0f8fbf50292e8396e9f7', 'inbox/市交通运输局2023-W35推进情况.xlsx', '市交通运输局', '2023-W35', '2023-W35', 'accepted', '2023-08-30 13:11:00', '2023-08-30 13:11:00', '联系人12 <d12@tengzhou.example>', '2023-08-31 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W35/市行政审批局/市行政审批局2023-W35推进情况__20230830-132500__76dac49f.xlsx', '76dac49f65de843e3bfb05e226f188ff81623727a6dba8a57cd04dd63ed4b74c', 'inbox/市行政审批局2023-W35推进情况.xlsx', '市行政审批局', '2023-W35', '2023-W35', 'accepted', '2023-08-30 13:25:00', '2023-08-30 13:25:00', '联系人27 <d27@tengzhou.example>', '2023-08-31 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W35/市工信局/市工信局2023-W35推进情况__20230830-140500__840f74d7.xlsx', '840f74d7555b8363db285e6771e860bf72ea392c4f06f48e6920af26add00333', 'inbox/市工信局2023-W35推进情况.xlsx', '市工信局', '2023-W35', '2023-W35', 'accepted', '2023-08-30 14:05:00', '2023-08-30 14:05:00', '联系人06 <d06@tengzhou.example>', '2023-08-31 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W35/市文旅局/市文旅局2023-W35推进情况__20230830-141900__e3b3df0a.xlsx', 'e3b3df0ad3b4587dd7ff198e81f20ee521b204d0fca8597c871e59eee1c412fe', 'inbox/市文旅局2023-W35推进情况.xlsx', '市文旅局', '2023-W35', '2023-W35', 'accepted', '2023-08-30 14:19:00', '2023-08-30 14:19:00', '联系人20 <d20@tengzhou.example>', '2023-08-31 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W35/市教体局/市教体局2023-W35推进情况__20230830-143300__40ae4a28.xlsx', '40ae4a28857d87e1d0d8ff3ed4250525062e4f37831378472685ea5375f492e0', 'inbox/市教体局2023-W35推进情况.xlsx', '市教体局', '2023-W35', '2023-W35', 'accepted', '2023-08-30 14:33:00', '2023-08-30 14:33:00', '联系人35 <d35@tengzhou.example>', '2023-08-31 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W35/滨湖镇/滨湖镇2023-W35推进情况__20230830-151300__676172ae.xlsx', '676172aee1cdb4edbabf14b46c02ec0f492e06569c7a55e0e80b4612d23805cb', 'inbox/滨湖镇2023-W35推进情况.xlsx', '滨湖镇', '2023-W35', '2023-W35', 'accepted', '2023-08-30 15:13:00', '2023-08-30 15:13:00', '联系人14 <d14@tengzhou.example>', '2023-08-31 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W35/市委编办/市委编办2023-W35推进情况__20230830-152700__ee617d6e.xlsx', 'ee617d6e63a6c7bc52febd5b42c298d94b63a6d969cafef7b193026138ae1022', 'inbox/市委编办2023-W35推进情况.xlsx', '市委编办', '2023-W35', '2023-W35', 'accepted', '2023-08-30 15:27:00', '2023-08-30 15:27:00', '联系人29 <d29@tengzhou.example>', '2023-08-31 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W35/鲁南高科技化工园区/鲁南高科技化工园区2023-W35推进情况__20230901-172000__229bb6c3.xlsx', '229bb6c320be9c62e2ec5aa66d4f319aa66cf8a78323b3c4a4a9803abc51214f', 'inbox/鲁南高科技化工园区2023-W35推进情况.xlsx', '鲁南高科技化工园区', '2023-W35', '2023-W35', 'accepted', '2023-09-01 17:20:00', '2023-09-01 17:20:00', '联系人08 <d08@tengzhou.example>', '2023-09-01 18:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W36/市科技局/市科技局2023-W36推进情况__20230905-090000__75ed7578.xlsx', '75ed7578eed9b1d87dace0df663240fee09db859624f18dd0ea62eadd8051235', 'inbox/市科技局2023-W36推进情况.xlsx', '市科技局', '2023-W36', '2023-W36', 'accepted', '2023-09-05 09:00:00', '2023-09-05 09:00:00', '联系人01 <d01@tengzhou.example>', '2023-09-07 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W36/市自然资源局/市自然资源局2023-W36推进情况__20230905-091400__e4501cba.xlsx', 'e4501cbabaf108fe8e0c2bc3fdfb6022077f37fed51249769564233d4ab00653', 'inbox/市自然资源局2023-W36推进情况.xlsx', '市自然资源局', '2023-W36', '2023-W36', 'accepted', '2023-09-05 09:14:00', '2023-09-05 09:14:00', '联系人15 <d15@tengzhou.example>', '2023-09-07 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W36/市司法局/市司法局2023-W36推进情况__20230905-092800__95c02fee.xlsx', '95c02fee041e4d73a9ea7d67cee158d50b4bf4360a90b67608110760288076dd', 'inbox/市司法局2023-W36推进情况.xlsx', '市司法局', '2023-W36', '2023-W36', 'accepted', '2023-09-05 09:28:00', '2023-09-05 09:28:00', '联系人30 <d30@tengzhou.example>', '2023-09-07 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W36/市发改局/市发改局（初稿）__20230905-100600__24496853.xlsx', '244968536467f766ce6f9457b177e27629fb1526b8d674700e79622610619753', 'inbox/市发改局（初稿）.xlsx', '市发改局', '2023-W36', '2023-W36', 'superseded', '2023-09-05 10:06:00', '2023-09-05 10:06:00', '联系人07 <d07@tengzhou.example>', '2023-09-07 15:00:00', '[{"code": "not-a-number", "severity": "error", "message": "\u6587\u4ef6\u201c\u5e02\u53d1\u6539\u5c40\uff08\u521d\u7a3f\uff09.xlsx\u201d\u201c\u586b\u62a5\u8868\u201d\u8868J13\u5355\u5143\u683c\uff08\u6307\u680724.1\u201c\u667a\u80fd\u5316\u5f00\u91c7\u7164\u77ff\u201d\uff09\u586b\u5199\u7684\u201c\u5f85\u6838\u5b9e\u201d\u4e0d\u662f\u6570\u5b57\u3002\u7d2f\u8ba1\u5b8c\u6210\u503c\u8bf7\u53ea\u586b\u5199\u6570\u5b57\uff08\u4e0d\u5e26\u5355\u4f4d\uff09\uff0c\u6587\u5b57\u8bf4\u660e\u8bf7\u586b\u5728\u201c\u8fdb\u5c55\u60c5\u51b5\u201d\u680f\uff08\u672c\u884c\u5355\u4f4d\uff1a\u5904\uff09\u3002", "file": "inbox/\u5e02\u53d1\u6539\u5c40\uff08\u521d\u7a3f\uff09.xlsx", "sheet": "\u586b\u62a5\u8868", "cell": "J13", "value": "\u5f85\u6838\u5b9e"}]');
INSERT INTO public.files VALUES ('archive/2023-W36/市综合执法局/市综合执法局2023-W36推进情况__20230905-102200__1ec726ed.xlsx', '1ec726eded549aebabcc4ad9e2e0ab82cf932aa4ed7f82ca60357f6aacded1e6', 'inbox/市综合执法局2023-W36推进情况.xlsx', '市综合执法局', '2023-W36', '2023-W36', 'accepted', '2023-09-05 10:22:00', '2023-09-05 10:22:00', '联系人24 <d24@tengzhou.example>', '2023-09-07 15:00:00', '[{"code": "stale-return", "severity": "warning", "message": "\u6587\u4ef6\u201c\u5e02\u7efc\u5408\u6267\u6cd5\u5c402023-W36\u63a8\u8fdb\u60c5\u51b5.xlsx\u201d\u6240\u586b\u7d2f\u8ba1\u5b8c\u6210\u503c\u4e0e\u4e0a\u671f\u62a5\u9001\u5b8c\u5168\u76f8\u540c\uff0c\u8bf7\u786e\u8ba4\u662f\u5426\u5df2\u66f4\u65b0\u4e3a\u622a\u81f3\u672c\u671f\u672b\u7684\u7d2f\u8ba1\u6570\u3002", "file": "inbox/\u5e02\u7efc\u5408\u6267\u6cd5\u5c402023-W36\u63a8\u8fdb\u60c5\u51b5.xlsx", "sheet": "\u586b\u62a5\u8868", "cell": "", "value": ""}]');
INSERT INTO public.files VALUES ('archive/2023-W36/市委办公室/市委办公室2023-W36推进情况__20230905-103600__64a92ba9.xlsx', '64a92ba98f20741cae17d621c2ca5fd15236f7626f09ad87356046ca7964e1ee', 'inbox/市委办公室2023-W36推进情况.xlsx', '市委办公室', '2023-W36', '2023-W36', 'accepted', '2023-09-05 10:36:00', '2023-09-05 10:36:00', '联系人38 <d38@tengzhou.example>', '2023-09-07 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W36/市国资局/市国资局2023-W36推进情况__20230905-110200__e86be10c.xlsx', 'e86be10c981882dcb61a1c950a37a9b3f0fc47c864e59bf101aeb651adda5f71', 'inbox/市国资局2023-W36推进情况.xlsx', '市国资局', '2023-W36', '2023-W36', 'accepted', '2023-09-05 11:02:00', '2023-09-05 11:02:00', '联系人03 <d03@tengzhou.example>', '2023-09-07 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W36/市住建局/市住建局2023-W36推进情况__20230905-111600__3f6bf3dc.xlsx', '3f6bf3dccc801e2ca55edd41b485aa29f8698cb7b22fa674b1a7da093af0f034', 'inbox/市住建局2023-W36推进情况.xlsx', '市住建局', '2023-W36', '2023-W36', 'accepted', '2023-09-05 11:16:00', '2023-09-05 11:16:00', '联系人17 <d17@tengzhou.example>', '2023-09-07 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W36/市招商引资中心/市招商引资中心2023-W36推进情况__20230905-113000__6463f92b.xlsx', '6463f92b15afea2a930215a0b8434009c42bc0dde63231e84d12e4b76fd75482', 'inbox/市招商引资中心2023-W36推进情况.xlsx', '市招商引资中心', '2023-W36', '2023-W36', 'accepted', '2023-09-05 11:30:00', '2023-09-05 11:30:00', '联系人32 <d32@tengzhou.example>', '2023-09-07 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W36/市金融服务中心/市金融服务中心2023-W36推进情况__20230905-121000__d18953b0.xlsx', 'd18953b0faf2d1ef4fc6784c5673a88f7213414bd39d14d0098eb11888362440', 'inbox/市金融服务中心2023-W36推进情况.xlsx', '市金融服务中心', '2023-W36', '2023-W36', 'accepted', '2023-09-05 12:10:00', '2023-09-05 12:10:00', '联系人11 <d11@tengzhou.example>', '2023-09-07 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W36/市林业发展中心/市林业发展中心2023-W36推进情况__20230905-122400__05269a03.xlsx', '05269a03fa5fa9acf635c75a9f9badbfc2325c9de966d7d54a84ea6dfc854a6b', 'inbox/市林业发展中心2023-W36推进情况.xlsx', '市林业发展中心', '2023-W36', '2023-W36', 'accepted', '2023-09-05 12:24:00', '2023-09-05 12:24:00', '联系人26 <d26@tengzhou.example>', '2023-09-07 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W36/市卫健局/市卫健局2023-W36推进情况__20230905-130400__8f7a2872.xlsx', '8f7a2872c7e6da1f8d783fdb03aa1dee8d77aadac990c9378dad699570986322', 'inbox/市卫健局2023-W36推进情况.xlsx', '市卫健局', '2023-W36', '2023-W36', 'accepted', '2023-09-05 13:04:00', '2023-09-05 13:04:00', '联系人05 <d05@tengzhou.example>', '2023-09-07 15:00:00', '[{"code": "not-a-number", "severity": "error", "message": "\u6587\u4ef6\u201c\u5e02\u536b\u5065\u5c402023-W36\u63a8\u8fdb\u60c5\u51b5.xlsx\u201d\u201c\u586b\u62a5\u8868\u201d\u8868J8\u5355\u5143\u683c\uff08\u6307\u680769.1\u201c\u8bd5\u70b9\u673a\u6784\u6bd4\u4f8b\u201d\uff09\u586b\u5199\u7684\u201c\u6b63\u5728\u7edf\u8ba1\u201d\u4e0d\u662f\u6570\u5b57\u3002\u7d2f\u8ba1\u5b8c\u6210\u503c\u8bf7\u53ea\u586b\u5199\u6570\u5b57\uff08\u4e0d\u5e26\u5355\u4f4d\uff09\uff0c\u6587\u5b57\u8bf4\u660e\u8bf7\u586b\u5728\u201c\u8fdb\u5c55\u60c5\u51b5\u201d\u680f\uff08\u672c\u884c\u5355\u4f4d\uff1a%\uff09\u3002", "file": "inbox/\u5e02\u536b\u5065\u5c402023-W36\u63a8\u8fdb\u60c5\u51b5.xlsx", "sheet": "\u586b\u62a5\u8868", "cell": "J8", "value": "\u6b63\u5728\u7edf\u8ba1"}]');
INSERT INTO public.files VALUES ('archive/2023-W36/市民政局/市民政局2023-W36推进情况__20230905-131800__3f63ddfa.xlsx', '3f63ddfa49a0af6b045f5852c765e29448c886ef1e9084fb5841e05c80fcb5cc', 'inbox/市民政局2023-W36推进情况.xlsx', '市民政局', '2023-W36', '2023-W36', 'accepted', '2023-09-05 13:18:00', '2023-09-05 13:18:00', '联系人19 <d19@tengzhou.example>', '2023-09-07 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W36/市委宣传部/市委宣传部2023-W36推进情况__20230905-133200__bcf8e522.xlsx', 'bcf8e522ec6a771c55615165675a72d1146653b8d5863b596fb584830bdbb73a', 'inbox/市委宣传部2023-W36推进情况.xlsx', '市委宣传部', '2023-W36', '2023-W36', 'accepted', '2023-09-05 13:32:00', '2023-09-05 13:32:00', '联系人34 <d34@tengzhou.example>', '2023-09-07 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W36/市铁路货场迁建指挥部/市铁路货场迁建指挥部2023-W36推进情况__20230905-141200__5e070720.xlsx', '5e07072031b47abca546b931b54285cee06ad5358cbbbf7c2ebfb4c344b86ec8', 'inbox/市铁路货场迁建指挥部2023-W36推进情况.xlsx', '市铁路货场迁建指挥部', '2023-W36', '2023-W36', 'accepted', '2023-09-05 14:12:00', '2023-09-05 14:12:00', '联系人13 <d13@tengzhou.example>', '2023-09-07 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W36/市政府办公室/市政府办公室2023-W36推进情况__20230905-142600__353eb298.xlsx', '353eb298ccdc496df48820685978b356bb64c75e3e077d7dc9886ea225d7759e', 'inbox/市政府办公室2023-W36推进情况.xlsx', '市政府办公室', '2023-W36', '2023-W36', 'accepted', '2023-09-05 14:26:00', '2023-09-05 14:26:00', '联系人28 <d28@tengzhou.example>', '2023-09-07 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W36/市发改局/市发改局2023-W36推进情况__20230905-150600__83943811.xlsx', '8394381101accef352d9d4eee46c83c7bc8ca8945a4e8745b9f814ea3cb4b850', 'inbox/市发改局2023-W36推进情况.xlsx', '市发改局', '2023-W36', '2023-W36', 'accepted', '2023-09-05 15:06:00', '2023-09-05 15:06:00', '联系人07 <d07@tengzhou.example>', '2023-09-07 15:00:00', '[{"code": "stale-return", "severity": "warning", "message": "\u6587\u4ef6\u201c\u5e02\u53d1\u6539\u5c402023-W36\u63a8\u8fdb\u60c5\u51b5.xlsx\u201d\u6240\u586b\u7d2f\u8ba1\u5b8c\u6210\u503c\u4e0e\u4e0a\u671f\u62a5\u9001\u5b8c\u5168\u76f8\u540c\uff0c\u8bf7\u786e\u8ba4\u662f\u5426\u5df2\u66f4\u65b0\u4e3a\u622a\u81f3\u672c\u671f\u672b\u7684\u7d2f\u8ba1\u6570\u3002", "file": "inbox/\u5e02\u53d1\u6539\u5c402023-W36\u63a8\u8fdb\u60c5\u51b5.xlsx", "sheet": "\u586b\u62a5\u8868", "cell": "", "value": ""}]');
INSERT INTO public.files VALUES ('archive/2023-W36/市商投局/市商投局2023-W36推进情况__20230905-152000__10c6939f.xlsx', '10c6939f1b954f3b9e10abf2b98dba7f309b2cd67807a26d498f5a4badcc3bc3', 'inbox/市商投局2023-W36推进情况.xlsx', '市商投局', '2023-W36', '2023-W36', 'accepted', '2023-09-05 15:20:00', '2023-09-05 15:20:00', '联系人21 <d21@tengzhou.example>', '2023-09-07 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W36/市医保局/市医保局2023-W36推进情况__20230905-153400__f21e545e.xlsx', 'f21e545ecf8546a1ef76a9adb6d94410406e64a2e11eace8ac515543336e9b29', 'inbox/市医保局2023-W36推进情况.xlsx', '市医保局', '2023-W36', '2023-W36', 'accepted', '2023-09-05 15:34:00', '2023-09-05 15:34:00', '联系人36 <d36@tengzhou.example>', '2023-09-07 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W36/市农业农村局/市农业农村局2023-W36推进情况__20230906-092100__dc4c7586.xlsx', 'dc4c75866ade32f0837c1ca820a3951b8820eb2342300b2470c317e61930663d', 'inbox/市农业农村局2023-W36推进情况.xlsx', '市农业农村局', '2023-W36', '2023-W36', 'accepted', '2023-09-06 09:21:00', '2023-09-06 09:21:00', '联系人22 <d22@tengzhou.example>', '2023-09-07 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W36/市应急局/市应急局2023-W36推进情况__20230906-093500__895a67bc.xlsx', '895a67bcd0a411d3c89dc7462d75c7ec52b45b6bc4d8665d5a4fe2739258dd11', 'inbox/市应急局2023-W36推进情况.xlsx', '市应急局', '2023-W36', '2023-W36', 'accepted', '2023-09-06 09:35:00', '2023-09-06 09:35:00', '联系人37 <d37@tengzhou.example>', '2023-09-07 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W36/市委组织部/市委组织部2023-W36推进情况__20230906-100100__c0b6c462.xlsx', 'c0b6c462e911dcda74d8f7696ae816b0c606aff54fe60dbb7afa981e8c9f4d0d', 'inbox/市委组织部2023-W36推进情况.xlsx', '市委组织部', '2023-W36', '2023-W36', 'accepted', '2023-09-06 10:01:00', '2023-09-06 10:01:00', '联系人02 <d02@tengzhou.example>', '2023-09-07 15:00:00', '[{"code": "approximate-value", "severity": "warning", "message": "\u6587\u4ef6\u201c\u5e02\u59d4\u7ec4\u7ec7\u90e82023-W36\u63a8\u8fdb\u60c5\u51b5.xlsx\u201d\u201c\u586b\u62a5\u8868\u201d\u8868J5\u5355\u5143\u683c\uff08\u6307\u68072.1\u201c\u7701\u7ea7\u65b0\u578b\u7814\u53d1\u673a\u6784\u603b\u91cf\u201d\uff09\u586b\u5199\u7684\u201c\u7ea62.73\u201d\u662f\u7ea6\u6570\uff0c\u5df2\u63092.73\u5bb6\u8ba1\u5165\uff1b\u5982\u6709\u51c6\u786e\u6570\u5b57\uff0c\u8bf7\u586b\u5199\u51c6\u786e\u6570\u5b57\u3002", "file": "inbox/\u5e02\u59d4\u7ec4\u7ec7\u90e82023-W36\u63a8\u8fdb\u60c5\u51b5.xlsx", "sheet": "\u586b\u62a5\u8868", "cell": "J5", "value": "\u7ea62.73"}]');
INSERT INTO public.files VALUES ('archive/2023-W36/市城乡水务局/市城乡水务局2023-W36推进情况__20230906-101500__d3791f8b.xlsx', 'd3791f8b73c7bba678d3a18f447d8756a47befc03a6183fcdb21502ac55b9a9f', 'inbox/市城乡水务局2023-W36推进情况.xlsx', '市城乡水务局', '2023-W36', '2023-W36', 'accepted', '2023-09-06 10:15:00', '2023-09-06 10:15:00', '联系人16 <d16@tengzhou.example>', '2023-09-07 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W36/市市场监管局/市市场监管局2023-W36推进情况__20230906-102900__da2d6ff9.xlsx', 'da2d6ff995598658d709cb234fd5ef57fb607c8a8c64bfd57f28298aa9cf0f9a', 'inbox/市市场监管局2023-W36推进情况.xlsx', '市市场监管局', '2023-W36', '2023-W36', 'accepted', '2023-09-06 10:29:00', '2023-09-06 10:29:00', '联系人31 <d31@tengzhou.example>', '2023-09-07 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W36/市城乡水务局/副本 - 市城乡水务局2023-W36推进情况__20230906-104500__d3791f8b.xlsx', 'd3791f8b73c7bba678d3a18f447d8756a47befc03a6183fcdb21502ac55b9a9f', 'inbox/副本 - 市城乡水务局2023-W36推进情况.xlsx', '市城乡水务局', '2023-W36', '2023-W36', 'duplicate', '2023-09-06 10:45:00', '2023-09-06 10:15:00', '联系人16 <d16@tengzhou.example>', '2023-09-07 15:00:00', '[{"code": "duplicate-file", "severity": "warning", "message": "\u8be5\u6587\u4ef6\u4e0e 2023-09-06 10:15:00 \u6536\u5230\u7684\u201c\u5e02\u57ce\u4e61\u6c34\u52a1\u5c402023-W36\u63a8\u8fdb\u60c5\u51b5.xlsx\u201d\u5185\u5bb9\u5b8c\u5168\u76f8\u540c\uff0c\u5df2\u5f52\u6863\u5907\u67e5\uff0c\u4e0d\u91cd\u590d\u8ba1\u5165\u3002", "file": "inbox/\u526f\u672c - \u5e02\u57ce\u4e61\u6c34\u52a1\u5c402023-W36\u63a8\u8fdb\u60c5\u51b5.xlsx", "sheet": "", "cell": "", "value": ""}]');
INSERT INTO public.files VALUES ('archive/2023-W35/市大数据中心/市大数据中心2023-W36推进情况__20230906-110900__8e8d7c33.xlsx', '8e8d7c336e9583db6b254a1651153c6da5ed69063cfa3c3cbd89a4ac43039960', 'inbox/市大数据中心2023-W36推进情况.xlsx', '市大数据中心', '2023-W35', '2023-W36', 'accepted', '2023-09-06 11:09:00', '2023-09-06 11:09:00', '联系人10 <d10@tengzhou.example>', '2023-09-07 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W36/生态环境滕州分局/生态环境滕州分局2023-W36推进情况__20230906-112300__75c4ef19.xlsx', '75c4ef1985fcc846b2506af48f61c7ab0a36d00c973b684ff0e1a8e01f201999', 'inbox/生态环境滕州分局2023-W36推进情况.xlsx', '生态环境滕州分局', '2023-W36', '2023-W36', 'accepted', '2023-09-06 11:23:00', '2023-09-06 11:23:00', '联系人25 <d25@tengzhou.example>', '2023-09-07 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W36/市财政局/市财政局2023-W36推进情况__20230906-121700__94097299.xlsx', '94097299e1226d263eb763866cc358c7bd3c7bef5a0fab7768b3651e7a4e73c9', 'inbox/市财政局2023-W36推进情况.xlsx', '市财政局', '2023-W36', '2023-W36', 'accepted', '2023-09-06 12:17:00', '2023-09-06 12:17:00', '联系人18 <d18@tengzhou.example>', '2023-09-07 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W36/开发区管委会/开发区管委会2023-W36推进情况__20230906-123100__656359c1.xlsx', '656359c19f34e2bb5a9c83515fb6125d1ba5c51ed336e54acd31fdae3587580a', 'inbox/开发区管委会2023-W36推进情况.xlsx', '开发区管委会', '2023-W36', '2023-W36', 'accepted', '2023-09-06 12:31:00', '2023-09-06 12:31:00', '联系人33 <d33@tengzhou.example>', '2023-09-07 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W36/市交通运输局/市交通运输局2023-W36推进情况__20230906-131100__01471a04.xlsx', '01471a040f596d2b058cff80b0582229874b337fb2a3e719d770be5bdd3dfc89', 'inbox/市交通运输局2023-W36推进情况.xlsx', '市交通运输局', '2023-W36', '2023-W36', 'accepted', '2023-09-06 13:11:00', '2023-09-06 13:11:00', '联系人12 <d12@tengzhou.example>', '2023-09-07 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W36/市行政审批局/市行政审批局2023-W36推进情况__20230906-132500__69dc40b2.xlsx', '69dc40b21cdfff915bf9fb1b9953f2c8c57b032c6003c4a55e4846caa092ed30', 'inbox/市行政审批局2023-W36推进情况.xlsx', '市行政审批局', '2023-W36', '2023-W36', 'accepted', '2023-09-06 13:25:00', '2023-09-06 13:25:00', '联系人27 <d27@tengzhou.example>', '2023-09-07 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W36/市工信局/市工信局2023-W36推进情况__20230906-140500__70c01d9d.xlsx', '70c01d9d253643c634d150b17e8698b7eb1b29e8e4b434edeb3e419665e7b5a1', 'inbox/市工信局2023-W36推进情况.xlsx', '市工信局', '2023-W36', '2023-W36', 'accepted', '2023-09-06 14:05:00', '2023-09-06 14:05:00', '联系人06 <d06@tengzhou.example>', '2023-09-07 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W36/市文旅局/市文旅局2023-W36推进情况__20230906-141900__8edf096d.xlsx', '8edf096d3d9fc094e46a51704eddf0a90a46b2ac0d6ad108a218b3f035a1de95', 'inbox/市文旅局2023-W36推进情况.xlsx', '市文旅局', '2023-W36', '2023-W36', 'accepted', '2023-09-06 14:19:00', '2023-09-06 14:19:00', '联系人20 <d20@tengzhou.example>', '2023-09-07 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W36/市教体局/市教体局2023-W36推进情况__20230906-143300__9ed44c5f.xlsx', '9ed44c5f7b67455c2c325ebd5276cd6d11eaef506051ac975de62348d566ffd8', 'inbox/市教体局2023-W36推进情况.xlsx', '市教体局', '2023-W36', '2023-W36', 'accepted', '2023-09-06 14:33:00', '2023-09-06 14:33:00', '联系人35 <d35@tengzhou.example>', '2023-09-07 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W36/滨湖镇/滨湖镇2023-W36推进情况__20230906-151300__69947d27.xlsx', '69947d2778cb00f153daab97e65687bc1c74b05f6c189b82b59ad87a69468b77', 'inbox/滨湖镇2023-W36推进情况.xlsx', '滨湖镇', '2023-W36', '2023-W36', 'accepted', '2023-09-06 15:13:00', '2023-09-06 15:13:00', '联系人14 <d14@tengzhou.example>', '2023-09-07 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W36/市委编办/市委编办2023-W36推进情况__20230906-152700__e78a91b5.xlsx', 'e78a91b5ef731a619d184d07e479f2b817d000d4bf65d1739203844829780fe2', 'inbox/市委编办2023-W36推进情况.xlsx', '市委编办', '2023-W36', '2023-W36', 'accepted', '2023-09-06 15:27:00', '2023-09-06 15:27:00', '联系人29 <d29@tengzhou.example>', '2023-09-07 15:00:00', '[]');
INSERT INTO public.files VALUES ('archive/2023-W36/鲁南高科技化工园区/鲁南高科技化工园区2023-W36推进情况__20230908-172000__7f6e5542.xlsx', '7f6e554260f594dad4bd623362545122a74a92c9819414bec6db8765a02f913f', 'inbox/鲁南高科技化工园区2023-W36推进情况.xlsx', '鲁南高科技化工园区', '2023-W36', '2023-W36', 'accepted', '2023-09-08 17:20:00', '2023-09-08 17:20:00', '联系人08 <d08@tengzhou.example>', '2023-09-08 18:00:00', '[]');


--
-- Data for Name: sent; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.sent VALUES ('2023-W35', '市科技局', 'send', '["d01@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '市委组织部', 'send', '["d02@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '市国资局', 'send', '["d03@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '市人社局', 'send', '["d04@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '市卫健局', 'send', '["d05@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '市工信局', 'send', '["d06@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '市发改局', 'send', '["d07@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '鲁南高科技化工园区', 'send', '["d08@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '市能源事务中心', 'send', '["d09@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '市大数据中心', 'send', '["d10@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '市金融服务中心', 'send', '["d11@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '市交通运输局', 'send', '["d12@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '市铁路货场迁建指挥部', 'send', '["d13@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '滨湖镇', 'send', '["d14@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '市自然资源局', 'send', '["d15@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '市城乡水务局', 'send', '["d16@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '市住建局', 'send', '["d17@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '市财政局', 'send', '["d18@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '市民政局', 'send', '["d19@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '市文旅局', 'send', '["d20@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '市商投局', 'send', '["d21@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '市农业农村局', 'send', '["d22@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '市综合执法局', 'send', '["d24@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '生态环境滕州分局', 'send', '["d25@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '市林业发展中心', 'send', '["d26@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '市行政审批局', 'send', '["d27@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '市政府办公室', 'send', '["d28@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '市委编办', 'send', '["d29@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '市司法局', 'send', '["d30@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '市市场监管局', 'send', '["d31@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '市招商引资中心', 'send', '["d32@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '开发区管委会', 'send', '["d33@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '市委宣传部', 'send', '["d34@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '市教体局', 'send', '["d35@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '市医保局', 'send', '["d36@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '市应急局', 'send', '["d37@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '市委办公室', 'send', '["d38@tengzhou.example"]', '2023-08-28 09:00:00');
INSERT INTO public.sent VALUES ('2023-W35', '市人社局', 'remind', '["d04@tengzhou.example"]', '2023-08-31 15:05:00');
INSERT INTO public.sent VALUES ('2023-W35', '鲁南高科技化工园区', 'remind', '["d08@tengzhou.example"]', '2023-08-31 15:05:00');
INSERT INTO public.sent VALUES ('2023-W35', '市能源事务中心', 'remind', '["d09@tengzhou.example"]', '2023-08-31 15:05:00');
INSERT INTO public.sent VALUES ('2023-W35', '市大数据中心', 'remind', '["d10@tengzhou.example"]', '2023-08-31 15:05:00');
INSERT INTO public.sent VALUES ('2023-W35', '市民政局', 'remind', '["d19@tengzhou.example"]', '2023-08-31 15:05:00');
INSERT INTO public.sent VALUES ('2023-W35', '', 'report', '["leader@tengzhou.example"]', '2023-09-01 18:05:00');
INSERT INTO public.sent VALUES ('2023-W36', '市科技局', 'send', '["d01@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '市委组织部', 'send', '["d02@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '市国资局', 'send', '["d03@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '市人社局', 'send', '["d04@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '市卫健局', 'send', '["d05@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '市工信局', 'send', '["d06@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '市发改局', 'send', '["d07@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '鲁南高科技化工园区', 'send', '["d08@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '市能源事务中心', 'send', '["d09@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '市大数据中心', 'send', '["d10@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '市金融服务中心', 'send', '["d11@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '市交通运输局', 'send', '["d12@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '市铁路货场迁建指挥部', 'send', '["d13@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '滨湖镇', 'send', '["d14@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '市自然资源局', 'send', '["d15@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '市城乡水务局', 'send', '["d16@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '市住建局', 'send', '["d17@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '市财政局', 'send', '["d18@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '市民政局', 'send', '["d19@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '市文旅局', 'send', '["d20@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '市商投局', 'send', '["d21@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '市农业农村局', 'send', '["d22@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '市综合执法局', 'send', '["d24@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '生态环境滕州分局', 'send', '["d25@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '市林业发展中心', 'send', '["d26@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '市行政审批局', 'send', '["d27@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '市政府办公室', 'send', '["d28@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '市委编办', 'send', '["d29@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '市司法局', 'send', '["d30@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '市市场监管局', 'send', '["d31@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '市招商引资中心', 'send', '["d32@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '开发区管委会', 'send', '["d33@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '市委宣传部', 'send', '["d34@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '市教体局', 'send', '["d35@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '市医保局', 'send', '["d36@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '市应急局', 'send', '["d37@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '市委办公室', 'send', '["d38@tengzhou.example"]', '2023-09-04 09:00:00');
INSERT INTO public.sent VALUES ('2023-W36', '市人社局', 'remind', '["d04@tengzhou.example"]', '2023-09-07 15:05:00');
INSERT INTO public.sent VALUES ('2023-W36', '鲁南高科技化工园区', 'remind', '["d08@tengzhou.example"]', '2023-09-07 15:05:00');
INSERT INTO public.sent VALUES ('2023-W36', '市能源事务中心', 'remind', '["d09@tengzhou.example"]', '2023-09-07 15:05:00');
INSERT INTO public.sent VALUES ('2023-W36', '市大数据中心', 'remind', '["d10@tengzhou.example"]', '2023-09-07 15:05:00');
INSERT INTO public.sent VALUES ('2023-W36', '', 'report', '["leader@tengzhou.example"]', '2023-09-08 18:05:00');


--
-- Data for Name: statuses; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.statuses VALUES ('2023-W35', '1.1', '市科技局', 1.05, 1.347945205479452, 'behind');
INSERT INTO public.statuses VALUES ('2023-W35', '1.2', '市科技局', 6.39, 5.391780821917808, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W35', '2.1', '市委组织部', 2.73, 5, 'severe');
INSERT INTO public.statuses VALUES ('2023-W35', '2.2', '市委组织部', 2.29, 2.021917808219178, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W35', '3.1', '市科技局', 21.49, 20.21917808219178, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W35', '3.2', '市科技局', 3982.32, 4717.808219178082, 'behind');
INSERT INTO public.statuses VALUES ('2023-W35', '4.1', '市科技局', 129.19, 131.42465753424656, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W35', '5.1', '市科技局', 1125.44, 1347.9452054794522, 'behind');
INSERT INTO public.statuses VALUES ('2023-W35', '5.2', '市科技局', 0.64, 1.010958904109589, 'behind');
INSERT INTO public.statuses VALUES ('2023-W35', '6.1', '市委组织部', 1.23, 2.021917808219178, 'behind');
INSERT INTO public.statuses VALUES ('2023-W35', '6.2', '市委组织部', 6.51, 6.739726027397261, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W35', '8.1', '市工信局', 79.56, 67.3972602739726, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W35', '14.1', '市工信局', 302.76, 336.98630136986304, 'behind');
INSERT INTO public.statuses VALUES ('2023-W35', '16.1', '市工信局', 8.62, 13.479452054794521, 'behind');
INSERT INTO public.statuses VALUES ('2023-W35', '16.2', '市工信局', 0.48, 0.673972602739726, 'behind');
INSERT INTO public.statuses VALUES ('2023-W35', '24.1', '市发改局', 0.8, 1, 'behind');
INSERT INTO public.statuses VALUES ('2023-W35', '24.2', '市发改局', 16.51, 14.2, 'met');
INSERT INTO public.statuses VALUES ('2023-W35', '25.1', '市城乡水务局', 5.35, 6.739726027397261, 'behind');
INSERT INTO public.statuses VALUES ('2023-W35', '25.2', '市城乡水务局', 0.4, 0.673972602739726, 'severe');
INSERT INTO public.statuses VALUES ('2023-W35', '25.3', '市城乡水务局', 79.53, 91.34, 'behind');
INSERT INTO public.statuses VALUES ('2023-W35', '26.1', '市住建局', 19.39, 27.632876712328766, 'behind');
INSERT INTO public.statuses VALUES ('2023-W35', '26.2', '市住建局', 33.47, 57.01134246575343, 'severe');
INSERT INTO public.statuses VALUES ('2023-W35', '26.3', '市住建局', 3209.9, 6144.608219178082, 'severe');
INSERT INTO public.statuses VALUES ('2023-W35', '32.1', '市自然资源局', 110.58, 134.7945205479452, 'behind');
INSERT INTO public.statuses VALUES ('2023-W35', '33.1', '市城乡水务局', 1.04, 2.0556164383561644, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W35', '33.2', '市城乡水务局', 0.07, 0.1010958904109589, 'behind');
INSERT INTO public.statuses VALUES ('2023-W35', '34.1', '市住建局', 104.47, 101.0958904109589, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W35', '34.2', '市住建局', 73.58, 99.07397260273973, 'behind');
INSERT INTO public.statuses VALUES ('2023-W35', '35.1', '市工信局', 1.65, 2.021917808219178, 'behind');
INSERT INTO public.statuses VALUES ('2023-W35', '37.1', '市城乡水务局', 0.63, 0.673972602739726, 'behind');
INSERT INTO public.statuses VALUES ('2023-W35', '38.1', '市综合执法局', 71.02, 95, 'behind');
INSERT INTO public.statuses VALUES ('2023-W35', '38.2', '市综合执法局', 61.5, 100, 'behind');
INSERT INTO public.statuses VALUES ('2023-W35', '42.1', '市农业农村局', 0.73, 0.673972602739726, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W35', '43.1', '市农业农村局', 5.77, 5.391780821917808, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W35', '44.1', '市农业农村局', 313.06, 303.28767123287673, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W35', '45.1', '市农业农村局', 0.73, 1.39, 'severe');
INSERT INTO public.statuses VALUES ('2023-W35', '48.1', '市国资局', 1.82, 2, 'behind');
INSERT INTO public.statuses VALUES ('2023-W35', '48.2', '市国资局', 11.25, 16, 'behind');
INSERT INTO public.statuses VALUES ('2023-W35', '48.3', '市国资局', 426.34, 430, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W35', '48.4', '市国资局', 1.39, 1.347945205479452, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W35', '48.5', '市国资局', 1.16, 1.347945205479452, 'behind');
INSERT INTO public.statuses VALUES ('2023-W35', '48.6', '市国资局', 1.6, 2.021917808219178, 'behind');
INSERT INTO public.statuses VALUES ('2023-W35', '48.7', '市国资局', 142.39, 134.7945205479452, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W35', '50.1', '市商投局', 1.75, 2.021917808219178, 'behind');
INSERT INTO public.statuses VALUES ('2023-W35', '55.1', '开发区管委会', 68.17, 119.2931506849315, 'severe');
INSERT INTO public.statuses VALUES ('2023-W35', '55.2', '开发区管委会', 80.55, 80.87671232876713, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W35', '60.1', '市委宣传部', 72.43, 129.4027397260274, 'severe');
INSERT INTO public.statuses VALUES ('2023-W35', '64.1', '市教体局', 22, 40, 'severe');
INSERT INTO public.statuses VALUES ('2023-W35', '64.2', '市教体局', 28.7, 45.156164383561645, 'behind');
INSERT INTO public.statuses VALUES ('2023-W35', '64.3', '市教体局', 14.05, 13.479452054794521, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W35', '64.4', '市教体局', 1.29, 1.347945205479452, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W35', '64.5', '市教体局', 3.72, 3.3698630136986303, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W35', '64.6', '市教体局', 3.53, 5.391780821917808, 'behind');
INSERT INTO public.statuses VALUES ('2023-W35', '65.1', '市教体局', 301.8, 404.3835616438356, 'behind');
INSERT INTO public.statuses VALUES ('2023-W35', '67.1', '市民政局', NULL, 100, 'no_data');
INSERT INTO public.statuses VALUES ('2023-W35', '68.1', '市民政局', NULL, 336.98630136986304, 'no_data');
INSERT INTO public.statuses VALUES ('2023-W35', '68.2', '市民政局', NULL, 673.9726027397261, 'no_data');
INSERT INTO public.statuses VALUES ('2023-W35', '69.1', '市卫健局', NULL, 50, 'invalid');
INSERT INTO public.statuses VALUES ('2023-W36', '1.1', '市科技局', 1.08, 1.3863013698630138, 'behind');
INSERT INTO public.statuses VALUES ('2023-W36', '1.2', '市科技局', 6.57, 5.545205479452055, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W36', '2.1', '市委组织部', 2.73, 5, 'severe');
INSERT INTO public.statuses VALUES ('2023-W36', '2.2', '市委组织部', 2.36, 2.0794520547945208, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W36', '3.1', '市科技局', 22.1, 20.794520547945208, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W36', '3.2', '市科技局', 4095.64, 4852.054794520548, 'behind');
INSERT INTO public.statuses VALUES ('2023-W36', '4.1', '市科技局', 132.86, 135.16438356164383, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W36', '5.1', '市科技局', 1157.46, 1386.3013698630139, 'behind');
INSERT INTO public.statuses VALUES ('2023-W36', '5.2', '市科技局', 0.66, 1.0397260273972604, 'behind');
INSERT INTO public.statuses VALUES ('2023-W36', '6.1', '市委组织部', 1.26, 2.0794520547945208, 'behind');
INSERT INTO public.statuses VALUES ('2023-W36', '6.2', '市委组织部', 6.7, 6.931506849315069, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W36', '8.1', '市工信局', 81.82, 69.31506849315069, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W36', '14.1', '市工信局', 311.38, 346.57534246575347, 'behind');
INSERT INTO public.statuses VALUES ('2023-W36', '16.1', '市工信局', 8.86, 13.863013698630137, 'behind');
INSERT INTO public.statuses VALUES ('2023-W36', '16.2', '市工信局', 0.5, 0.6931506849315069, 'behind');
INSERT INTO public.statuses VALUES ('2023-W36', '24.1', '市发改局', 0.8, 1, 'behind');
INSERT INTO public.statuses VALUES ('2023-W36', '24.2', '市发改局', 16.51, 14.2, 'met');
INSERT INTO public.statuses VALUES ('2023-W36', '25.1', '市城乡水务局', 5.5, 6.931506849315069, 'behind');
INSERT INTO public.statuses VALUES ('2023-W36', '25.2', '市城乡水务局', 0.41, 0.6931506849315069, 'severe');
INSERT INTO public.statuses VALUES ('2023-W36', '25.3', '市城乡水务局', 79.53, 91.34, 'behind');
INSERT INTO public.statuses VALUES ('2023-W36', '26.1', '市住建局', 19.94, 28.41917808219178, 'behind');
INSERT INTO public.statuses VALUES ('2023-W36', '26.2', '市住建局', 34.43, 58.63361643835617, 'severe');
INSERT INTO public.statuses VALUES ('2023-W36', '26.3', '市住建局', 3301.24, 6319.454794520549, 'severe');
INSERT INTO public.statuses VALUES ('2023-W36', '32.1', '市自然资源局', 113.72, 138.63013698630138, 'behind');
INSERT INTO public.statuses VALUES ('2023-W36', '33.1', '市城乡水务局', 1.07, 2.114109589041096, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W36', '33.2', '市城乡水务局', 0.08, 0.10397260273972603, 'behind');
INSERT INTO public.statuses VALUES ('2023-W36', '34.1', '市住建局', 107.44, 103.97260273972603, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W36', '34.2', '市住建局', 75.67, 101.89315068493151, 'behind');
INSERT INTO public.statuses VALUES ('2023-W36', '35.1', '市工信局', 1.7, 2.0794520547945208, 'behind');
INSERT INTO public.statuses VALUES ('2023-W36', '37.1', '市城乡水务局', 0.65, 0.6931506849315069, 'behind');
INSERT INTO public.statuses VALUES ('2023-W36', '38.1', '市综合执法局', 71.02, 95, 'behind');
INSERT INTO public.statuses VALUES ('2023-W36', '38.2', '市综合执法局', 61.5, 100, 'behind');
INSERT INTO public.statuses VALUES ('2023-W36', '42.1', '市农业农村局', 0.75, 0.6931506849315069, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W36', '43.1', '市农业农村局', 5.94, 5.545205479452055, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W36', '44.1', '市农业农村局', 321.97, 311.9178082191781, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W36', '45.1', '市农业农村局', 0.73, 1.39, 'severe');
INSERT INTO public.statuses VALUES ('2023-W36', '48.1', '市国资局', 1.82, 2, 'behind');
INSERT INTO public.statuses VALUES ('2023-W36', '48.2', '市国资局', 11.25, 16, 'behind');
INSERT INTO public.statuses VALUES ('2023-W36', '48.3', '市国资局', 426.34, 430, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W36', '48.4', '市国资局', 1.43, 1.3863013698630138, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W36', '48.5', '市国资局', 1.19, 1.3863013698630138, 'behind');
INSERT INTO public.statuses VALUES ('2023-W36', '48.6', '市国资局', 1.65, 2.0794520547945208, 'behind');
INSERT INTO public.statuses VALUES ('2023-W36', '48.7', '市国资局', 146.44, 138.63013698630138, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W36', '50.1', '市商投局', 1.8, 2.0794520547945208, 'behind');
INSERT INTO public.statuses VALUES ('2023-W36', '55.1', '开发区管委会', 70.11, 122.68767123287672, 'severe');
INSERT INTO public.statuses VALUES ('2023-W36', '55.2', '开发区管委会', 82.84, 83.17808219178083, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W36', '60.1', '市委宣传部', 74.49, 133.08493150684933, 'severe');
INSERT INTO public.statuses VALUES ('2023-W36', '64.1', '市教体局', 22, 40, 'severe');
INSERT INTO public.statuses VALUES ('2023-W36', '64.2', '市教体局', 29.52, 46.44109589041096, 'behind');
INSERT INTO public.statuses VALUES ('2023-W36', '64.3', '市教体局', 14.45, 13.863013698630137, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W36', '64.4', '市教体局', 1.32, 1.3863013698630138, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W36', '64.5', '市教体局', 3.82, 3.4657534246575343, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W36', '64.6', '市教体局', 3.63, 5.545205479452055, 'behind');
INSERT INTO public.statuses VALUES ('2023-W36', '65.1', '市教体局', 310.39, 415.8904109589041, 'behind');
INSERT INTO public.statuses VALUES ('2023-W36', '67.1', '市民政局', 62.6, 100, 'behind');
INSERT INTO public.statuses VALUES ('2023-W36', '68.1', '市民政局', 404.84, 346.57534246575347, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W36', '68.2', '市民政局', 769.13, 693.1506849315069, 'on_track');
INSERT INTO public.statuses VALUES ('2023-W36', '69.1', '市卫健局', NULL, 50, 'invalid');


--
-- Data for Name: values; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."values" VALUES ('2023-W34', '市大数据中心', '14.1', 14, 'co', NULL, true, '正常推进', '配合推进加快数字经济发展。', '', '继续配合。', 'archive/2023-W34/市大数据中心/市大数据中心2023-W35推进情况__20230830-110900__0ba986b4.xlsx', '2023-08-30 11:09:00');
INSERT INTO public."values" VALUES ('2023-W34', '市大数据中心', '27', 27, 'lead', NULL, true, '正常推进', '配合推进大力提升城市管理智慧化、精细化水平。', '', '继续配合。', 'archive/2023-W34/市大数据中心/市大数据中心2023-W35推进情况__20230830-110900__0ba986b4.xlsx', '2023-08-30 11:09:00');
INSERT INTO public."values" VALUES ('2023-W34', '市大数据中心', '46', 46, 'co', NULL, true, '正常推进', '配合推进全力推进服务型数字政府建设。', '', '继续配合。', 'archive/2023-W34/市大数据中心/市大数据中心2023-W35推进情况__20230830-110900__0ba986b4.xlsx', '2023-08-30 11:09:00');
INSERT INTO public."values" VALUES ('2023-W34', '市大数据中心', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W34/市大数据中心/市大数据中心2023-W35推进情况__20230830-110900__0ba986b4.xlsx', '2023-08-30 11:09:00');
INSERT INTO public."values" VALUES ('2023-W34', '市大数据中心', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W34/市大数据中心/市大数据中心2023-W35推进情况__20230830-110900__0ba986b4.xlsx', '2023-08-30 11:09:00');
INSERT INTO public."values" VALUES ('2023-W35', '市交通运输局', '18', 18, 'lead', NULL, true, '正常推进', '配合推进建设四通八达公路网。', '', '继续配合。', 'archive/2023-W35/市交通运输局/市交通运输局2023-W35推进情况__20230830-131100__869acf7c.xlsx', '2023-08-30 13:11:00');
INSERT INTO public."values" VALUES ('2023-W35', '市交通运输局', '19', 19, 'co', NULL, true, '正常推进', '配合推进打造综合性现代化内河港口。', '', '继续配合。', 'archive/2023-W35/市交通运输局/市交通运输局2023-W35推进情况__20230830-131100__869acf7c.xlsx', '2023-08-30 13:11:00');
INSERT INTO public."values" VALUES ('2023-W35', '市交通运输局', '20', 20, 'co', NULL, true, '正常推进', '配合推进加快推进机场建设。', '', '继续配合。', 'archive/2023-W35/市交通运输局/市交通运输局2023-W35推进情况__20230830-131100__869acf7c.xlsx', '2023-08-30 13:11:00');
INSERT INTO public."values" VALUES ('2023-W35', '市交通运输局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W35/市交通运输局/市交通运输局2023-W35推进情况__20230830-131100__869acf7c.xlsx', '2023-08-30 13:11:00');
INSERT INTO public."values" VALUES ('2023-W35', '市交通运输局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W35/市交通运输局/市交通运输局2023-W35推进情况__20230830-131100__869acf7c.xlsx', '2023-08-30 13:11:00');
INSERT INTO public."values" VALUES ('2023-W35', '市住建局', '26.1', 26, 'lead', 19.39, true, '滞后', '老旧小区改造累计完成19.39个。', '进度偏慢。', '加快推进。', 'archive/2023-W35/市住建局/市住建局2023-W35推进情况__20230829-111600__83bf8617.xlsx', '2023-08-29 11:16:00');
INSERT INTO public."values" VALUES ('2023-W35', '市住建局', '26.2', 26, 'lead', 33.47, true, '滞后', '建筑整治改造面积累计完成33.47万平方米。', '进度偏慢。', '加快推进。', 'archive/2023-W35/市住建局/市住建局2023-W35推进情况__20230829-111600__83bf8617.xlsx', '2023-08-29 11:16:00');
INSERT INTO public."values" VALUES ('2023-W35', '市住建局', '26.3', 26, 'lead', 3209.9, true, '滞后', '涉及户数累计完成3209.9户。', '进度偏慢。', '加快推进。', 'archive/2023-W35/市住建局/市住建局2023-W35推进情况__20230829-111600__83bf8617.xlsx', '2023-08-29 11:16:00');
INSERT INTO public."values" VALUES ('2023-W35', '市住建局', '34.1', 34, 'lead', 104.47, true, '正常推进', '绿色建筑累计完成104.47万平方米。', '', '加快推进。', 'archive/2023-W35/市住建局/市住建局2023-W35推进情况__20230829-111600__83bf8617.xlsx', '2023-08-29 11:16:00');
INSERT INTO public."values" VALUES ('2023-W35', '市住建局', '34.2', 34, 'lead', 73.58, true, '滞后', '光热建筑一体化面积累计完成73.58万平方米。', '进度偏慢。', '加快推进。', 'archive/2023-W35/市住建局/市住建局2023-W35推进情况__20230829-111600__83bf8617.xlsx', '2023-08-29 11:16:00');
INSERT INTO public."values" VALUES ('2023-W35', '市住建局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W35/市住建局/市住建局2023-W35推进情况__20230829-111600__83bf8617.xlsx', '2023-08-29 11:16:00');
INSERT INTO public."values" VALUES ('2023-W35', '市住建局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W35/市住建局/市住建局2023-W35推进情况__20230829-111600__83bf8617.xlsx', '2023-08-29 11:16:00');
INSERT INTO public."values" VALUES ('2023-W35', '市农业农村局', '28', 28, 'co', NULL, true, '正常推进', '配合推进持续激发城乡消费活力。', '', '继续配合。', 'archive/2023-W35/市农业农村局/市农业农村局2023-W35推进情况__20230830-092100__5b6daced.xlsx', '2023-08-30 09:21:00');
INSERT INTO public."values" VALUES ('2023-W35', '市农业农村局', '29', 29, 'co', NULL, true, '正常推进', '配合推进加快构建国土空间开发保护新格局。', '', '继续配合。', 'archive/2023-W35/市农业农村局/市农业农村局2023-W35推进情况__20230830-092100__5b6daced.xlsx', '2023-08-30 09:21:00');
INSERT INTO public."values" VALUES ('2023-W35', '市农业农村局', '42.1', 42, 'lead', 0.73, true, '正常推进', '繁种面积累计完成0.73万亩。', '', '加快推进。', 'archive/2023-W35/市农业农村局/市农业农村局2023-W35推进情况__20230830-092100__5b6daced.xlsx', '2023-08-30 09:21:00');
INSERT INTO public."values" VALUES ('2023-W35', '市农业农村局', '43.1', 43, 'lead', 5.77, true, '正常推进', '新建和改造提升高标准农田面积累计完成5.77万亩。', '', '加快推进。', 'archive/2023-W35/市农业农村局/市农业农村局2023-W35推进情况__20230830-092100__5b6daced.xlsx', '2023-08-30 09:21:00');
INSERT INTO public."values" VALUES ('2023-W35', '市农业农村局', '44.1', 44, 'lead', 313.06, true, '正常推进', '净水鱼苗放流累计完成313.06万尾。', '', '加快推进。', 'archive/2023-W35/市农业农村局/市农业农村局2023-W35推进情况__20230830-092100__5b6daced.xlsx', '2023-08-30 09:21:00');
INSERT INTO public."values" VALUES ('2023-W35', '市农业农村局', '45.1', 45, 'lead', 0.73, true, '滞后', '能繁母猪累计完成0.73万头。', '进度偏慢。', '加快推进。', 'archive/2023-W35/市农业农村局/市农业农村局2023-W35推进情况__20230830-092100__5b6daced.xlsx', '2023-08-30 09:21:00');
INSERT INTO public."values" VALUES ('2023-W35', '市农业农村局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W35/市农业农村局/市农业农村局2023-W35推进情况__20230830-092100__5b6daced.xlsx', '2023-08-30 09:21:00');
INSERT INTO public."values" VALUES ('2023-W35', '市农业农村局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W35/市农业农村局/市农业农村局2023-W35推进情况__20230830-092100__5b6daced.xlsx', '2023-08-30 09:21:00');
INSERT INTO public."values" VALUES ('2023-W35', '市医保局', '66', 66, 'co', NULL, true, '正常推进', '配合推进推动低保扩围增效。', '', '继续配合。', 'archive/2023-W35/市医保局/市医保局2023-W35推进情况__20230829-153400__a4c118f7.xlsx', '2023-08-29 15:34:00');
INSERT INTO public."values" VALUES ('2023-W35', '市医保局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W35/市医保局/市医保局2023-W35推进情况__20230829-153400__a4c118f7.xlsx', '2023-08-29 15:34:00');
INSERT INTO public."values" VALUES ('2023-W35', '市医保局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W35/市医保局/市医保局2023-W35推进情况__20230829-153400__a4c118f7.xlsx', '2023-08-29 15:34:00');
INSERT INTO public."values" VALUES ('2023-W35', '市卫健局', '6.1', 6, 'co', NULL, true, '正常推进', '配合推进培育引进创新人才。', '', '继续配合。', 'archive/2023-W35/市卫健局/市卫健局2023-W35推进情况__20230829-130400__2448ad45.xlsx', '2023-08-29 13:04:00');
INSERT INTO public."values" VALUES ('2023-W35', '市卫健局', '6.2', 6, 'co', NULL, true, '正常推进', '配合推进培育引进创新人才。', '', '继续配合。', 'archive/2023-W35/市卫健局/市卫健局2023-W35推进情况__20230829-130400__2448ad45.xlsx', '2023-08-29 13:04:00');
INSERT INTO public."values" VALUES ('2023-W35', '市卫健局', '13', 13, 'lead', NULL, true, '正常推进', '配合推进壮大医养健康规模体量。', '', '继续配合。', 'archive/2023-W35/市卫健局/市卫健局2023-W35推进情况__20230829-130400__2448ad45.xlsx', '2023-08-29 13:04:00');
INSERT INTO public."values" VALUES ('2023-W35', '市卫健局', '69.1', 69, 'lead', NULL, false, '正常推进', '试点机构比例累计完成49.32%。', '', '加快推进。', 'archive/2023-W35/市卫健局/市卫健局2023-W35推进情况__20230829-130400__2448ad45.xlsx', '2023-08-29 13:04:00');
INSERT INTO public."values" VALUES ('2023-W35', '市卫健局', '70', 70, 'lead', NULL, true, '正常推进', '配合推进着力做好疫情防控工作。', '', '继续配合。', 'archive/2023-W35/市卫健局/市卫健局2023-W35推进情况__20230829-130400__2448ad45.xlsx', '2023-08-29 13:04:00');
INSERT INTO public."values" VALUES ('2023-W35', '市卫健局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W35/市卫健局/市卫健局2023-W35推进情况__20230829-130400__2448ad45.xlsx', '2023-08-29 13:04:00');
INSERT INTO public."values" VALUES ('2023-W35', '市卫健局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W35/市卫健局/市卫健局2023-W35推进情况__20230829-130400__2448ad45.xlsx', '2023-08-29 13:04:00');
INSERT INTO public."values" VALUES ('2023-W35', '市发改局', '7', 7, 'lead', NULL, true, '正常推进', '配合推进精准管控“两高”行业。', '', '继续配合。', 'archive/2023-W35/市发改局/市发改局2023-W35推进情况__20230829-150600__33e408c3.xlsx', '2023-08-29 15:06:00');
INSERT INTO public."values" VALUES ('2023-W35', '市发改局', '12', 12, 'lead', NULL, true, '正常推进', '配合推进大力发展锂电和新能源产业。', '', '继续配合。', 'archive/2023-W35/市发改局/市发改局2023-W35推进情况__20230829-150600__33e408c3.xlsx', '2023-08-29 15:06:00');
INSERT INTO public."values" VALUES ('2023-W35', '市发改局', '18', 18, 'co', NULL, true, '正常推进', '配合推进建设四通八达公路网。', '', '继续配合。', 'archive/2023-W35/市发改局/市发改局2023-W35推进情况__20230829-150600__33e408c3.xlsx', '2023-08-29 15:06:00');
INSERT INTO public."values" VALUES ('2023-W35', '市发改局', '19', 19, 'co', NULL, true, '正常推进', '配合推进打造综合性现代化内河港口。', '', '继续配合。', 'archive/2023-W35/市发改局/市发改局2023-W35推进情况__20230829-150600__33e408c3.xlsx', '2023-08-29 15:06:00');
INSERT INTO public."values" VALUES ('2023-W35', '市发改局', '20', 20, 'lead', NULL, true, '正常推进', '配合推进加快推进机场建设。', '', '继续配合。', 'archive/2023-W35/市发改局/市发改局2023-W35推进情况__20230829-150600__33e408c3.xlsx', '2023-08-29 15:06:00');
INSERT INTO public."values" VALUES ('2023-W35', '市发改局', '21', 21, 'lead', NULL, true, '正常推进', '配合推进大力发展可再生能源。', '', '继续配合。', 'archive/2023-W35/市发改局/市发改局2023-W35推进情况__20230829-150600__33e408c3.xlsx', '2023-08-29 15:06:00');
INSERT INTO public."values" VALUES ('2023-W35', '市发改局', '22', 22, 'lead', NULL, true, '正常推进', '配合推进持续优化煤电产业结构。', '', '继续配合。', 'archive/2023-W35/市发改局/市发改局2023-W35推进情况__20230829-150600__33e408c3.xlsx', '2023-08-29 15:06:00');
INSERT INTO public."values" VALUES ('2023-W35', '市发改局', '23', 23, 'lead', NULL, true, '正常推进', '配合推进提升电力系统调节能力。', '', '继续配合。', 'archive/2023-W35/市发改局/市发改局2023-W35推进情况__20230829-150600__33e408c3.xlsx', '2023-08-29 15:06:00');
INSERT INTO public."values" VALUES ('2023-W35', '市发改局', '24.1', 24, 'lead', 0.8, true, '滞后', '智能化开采煤矿累计完成0.8处。', '进度偏慢。', '加快推进。', 'archive/2023-W35/市发改局/市发改局2023-W35推进情况__20230829-150600__33e408c3.xlsx', '2023-08-29 15:06:00');
INSERT INTO public."values" VALUES ('2023-W35', '市发改局', '24.2', 24, 'lead', 16.51, true, '正常推进', '煤炭智能化产量比重累计完成16.51%。', '', '加快推进。', 'archive/2023-W35/市发改局/市发改局2023-W35推进情况__20230829-150600__33e408c3.xlsx', '2023-08-29 15:06:00');
INSERT INTO public."values" VALUES ('2023-W35', '市发改局', '25.1', 25, 'co', NULL, true, '正常推进', '配合推进加强水土流失综合治理。', '', '继续配合。', 'archive/2023-W35/市发改局/市发改局2023-W35推进情况__20230829-150600__33e408c3.xlsx', '2023-08-29 15:06:00');
INSERT INTO public."values" VALUES ('2023-W35', '市发改局', '25.2', 25, 'co', NULL, true, '正常推进', '配合推进加强水土流失综合治理。', '', '继续配合。', 'archive/2023-W35/市发改局/市发改局2023-W35推进情况__20230829-150600__33e408c3.xlsx', '2023-08-29 15:06:00');
INSERT INTO public."values" VALUES ('2023-W35', '市发改局', '25.3', 25, 'co', NULL, true, '正常推进', '配合推进加强水土流失综合治理。', '', '继续配合。', 'archive/2023-W35/市发改局/市发改局2023-W35推进情况__20230829-150600__33e408c3.xlsx', '2023-08-29 15:06:00');
INSERT INTO public."values" VALUES ('2023-W35', '市发改局', '26.1', 26, 'co', NULL, true, '正常推进', '配合推进推进城市更新行动。', '', '继续配合。', 'archive/2023-W35/市发改局/市发改局2023-W35推进情况__20230829-150600__33e408c3.xlsx', '2023-08-29 15:06:00');
INSERT INTO public."values" VALUES ('2023-W35', '市发改局', '26.2', 26, 'co', NULL, true, '正常推进', '配合推进推进城市更新行动。', '', '继续配合。', 'archive/2023-W35/市发改局/市发改局2023-W35推进情况__20230829-150600__33e408c3.xlsx', '2023-08-29 15:06:00');
INSERT INTO public."values" VALUES ('2023-W35', '市发改局', '26.3', 26, 'co', NULL, true, '正常推进', '配合推进推进城市更新行动。', '', '继续配合。', 'archive/2023-W35/市发改局/市发改局2023-W35推进情况__20230829-150600__33e408c3.xlsx', '2023-08-29 15:06:00');
INSERT INTO public."values" VALUES ('2023-W35', '市发改局', '30', 30, 'lead', NULL, true, '正常推进', '配合推进扎实开展绿色低碳转型行动。', '', '继续配合。', 'archive/2023-W35/市发改局/市发改局2023-W35推进情况__20230829-150600__33e408c3.xlsx', '2023-08-29 15:06:00');
INSERT INTO public."values" VALUES ('2023-W35', '市发改局', '41', 41, 'lead', NULL, true, '正常推进', '配合推进开展“十百千”示范工程。', '', '继续配合。', 'archive/2023-W35/市发改局/市发改局2023-W35推进情况__20230829-150600__33e408c3.xlsx', '2023-08-29 15:06:00');
INSERT INTO public."values" VALUES ('2023-W35', '市发改局', '46', 46, 'co', NULL, true, '正常推进', '配合推进全力推进服务型数字政府建设。', '', '继续配合。', 'archive/2023-W35/市发改局/市发改局2023-W35推进情况__20230829-150600__33e408c3.xlsx', '2023-08-29 15:06:00');
INSERT INTO public."values" VALUES ('2023-W35', '市发改局', '53', 53, 'co', NULL, true, '正常推进', '配合推进优化提升外资企业服务。', '', '继续配合。', 'archive/2023-W35/市发改局/市发改局2023-W35推进情况__20230829-150600__33e408c3.xlsx', '2023-08-29 15:06:00');
INSERT INTO public."values" VALUES ('2023-W35', '市发改局', '59', 59, 'co', NULL, true, '正常推进', '配合推进加强大运河文化体验廊道建设。', '', '继续配合。', 'archive/2023-W35/市发改局/市发改局2023-W35推进情况__20230829-150600__33e408c3.xlsx', '2023-08-29 15:06:00');
INSERT INTO public."values" VALUES ('2023-W35', '市发改局', '63', 63, 'lead', NULL, true, '正常推进', '配合推进落实省推进共同富裕顶层设计。', '', '继续配合。', 'archive/2023-W35/市发改局/市发改局2023-W35推进情况__20230829-150600__33e408c3.xlsx', '2023-08-29 15:06:00');
INSERT INTO public."values" VALUES ('2023-W35', '市发改局', '73', 73, 'co', NULL, true, '正常推进', '配合推进加强组织领导。', '', '继续配合。', 'archive/2023-W35/市发改局/市发改局2023-W35推进情况__20230829-150600__33e408c3.xlsx', '2023-08-29 15:06:00');
INSERT INTO public."values" VALUES ('2023-W35', '市发改局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W35/市发改局/市发改局2023-W35推进情况__20230829-150600__33e408c3.xlsx', '2023-08-29 15:06:00');
INSERT INTO public."values" VALUES ('2023-W35', '市发改局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W35/市发改局/市发改局2023-W35推进情况__20230829-150600__33e408c3.xlsx', '2023-08-29 15:06:00');
INSERT INTO public."values" VALUES ('2023-W35', '市司法局', '46', 46, 'co', NULL, true, '正常推进', '配合推进全力推进服务型数字政府建设。', '', '继续配合。', 'archive/2023-W35/市司法局/市司法局2023-W35推进情况__20230829-092800__17a6a402.xlsx', '2023-08-29 09:28:00');
INSERT INTO public."values" VALUES ('2023-W35', '市司法局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W35/市司法局/市司法局2023-W35推进情况__20230829-092800__17a6a402.xlsx', '2023-08-29 09:28:00');
INSERT INTO public."values" VALUES ('2023-W35', '市司法局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W35/市司法局/市司法局2023-W35推进情况__20230829-092800__17a6a402.xlsx', '2023-08-29 09:28:00');
INSERT INTO public."values" VALUES ('2023-W35', '市商投局', '28', 28, 'co', NULL, true, '正常推进', '配合推进持续激发城乡消费活力。', '', '继续配合。', 'archive/2023-W35/市商投局/市商投局2023-W35推进情况__20230829-152000__6b19baaa.xlsx', '2023-08-29 15:20:00');
INSERT INTO public."values" VALUES ('2023-W35', '市商投局', '49', 49, 'lead', NULL, true, '正常推进', '配合推进推进出口提质增效。', '', '继续配合。', 'archive/2023-W35/市商投局/市商投局2023-W35推进情况__20230829-152000__6b19baaa.xlsx', '2023-08-29 15:20:00');
INSERT INTO public."values" VALUES ('2023-W35', '市商投局', '50.1', 50, 'lead', 1.75, true, '滞后', '进口博览会累计完成1.75个。', '进度偏慢。', '加快推进。', 'archive/2023-W35/市商投局/市商投局2023-W35推进情况__20230829-152000__6b19baaa.xlsx', '2023-08-29 15:20:00');
INSERT INTO public."values" VALUES ('2023-W35', '市商投局', '51', 51, 'lead', NULL, true, '正常推进', '配合推进提升跨境电商发展质效。', '', '继续配合。', 'archive/2023-W35/市商投局/市商投局2023-W35推进情况__20230829-152000__6b19baaa.xlsx', '2023-08-29 15:20:00');
INSERT INTO public."values" VALUES ('2023-W35', '市商投局', '53', 53, 'lead', NULL, true, '正常推进', '配合推进优化提升外资企业服务。', '', '继续配合。', 'archive/2023-W35/市商投局/市商投局2023-W35推进情况__20230829-152000__6b19baaa.xlsx', '2023-08-29 15:20:00');
INSERT INTO public."values" VALUES ('2023-W35', '市商投局', '54', 54, 'lead', NULL, true, '正常推进', '配合推进积极复制推广山东自贸区制度创新成果。', '', '继续配合。', 'archive/2023-W35/市商投局/市商投局2023-W35推进情况__20230829-152000__6b19baaa.xlsx', '2023-08-29 15:20:00');
INSERT INTO public."values" VALUES ('2023-W35', '市商投局', '56', 56, 'lead', NULL, true, '正常推进', '配合推进加强与重点国别地区经贸合作。', '', '继续配合。', 'archive/2023-W35/市商投局/市商投局2023-W35推进情况__20230829-152000__6b19baaa.xlsx', '2023-08-29 15:20:00');
INSERT INTO public."values" VALUES ('2023-W35', '市商投局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W35/市商投局/市商投局2023-W35推进情况__20230829-152000__6b19baaa.xlsx', '2023-08-29 15:20:00');
INSERT INTO public."values" VALUES ('2023-W35', '市商投局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W35/市商投局/市商投局2023-W35推进情况__20230829-152000__6b19baaa.xlsx', '2023-08-29 15:20:00');
INSERT INTO public."values" VALUES ('2023-W35', '市国资局', '5.1', 5, 'co', NULL, true, '正常推进', '配合推进优化创新创业环境。', '', '继续配合。', 'archive/2023-W35/市国资局/市国资局2023-W35推进情况__20230829-110200__3160e925.xlsx', '2023-08-29 11:02:00');
INSERT INTO public."values" VALUES ('2023-W35', '市国资局', '5.2', 5, 'co', NULL, true, '正常推进', '配合推进优化创新创业环境。', '', '继续配合。', 'archive/2023-W35/市国资局/市国资局2023-W35推进情况__20230829-110200__3160e925.xlsx', '2023-08-29 11:02:00');
INSERT INTO public."values" VALUES ('2023-W35', '市国资局', '48.1', 48, 'lead', 1.82, true, '正常推进', '营业收入过100亿元企业累计完成1.82家。', '', '加快推进。', 'archive/2023-W35/市国资局/市国资局2023-W35推进情况__20230829-110200__3160e925.xlsx', '2023-08-29 11:02:00');
INSERT INTO public."values" VALUES ('2023-W35', '市国资局', '48.2', 48, 'lead', 11.25, true, '滞后', '营业收入过10亿元企业累计完成11.25家。', '进度偏慢。', '加快推进。', 'archive/2023-W35/市国资局/市国资局2023-W35推进情况__20230829-110200__3160e925.xlsx', '2023-08-29 11:02:00');
INSERT INTO public."values" VALUES ('2023-W35', '市国资局', '48.3', 48, 'lead', 426.34, true, '正常推进', '规上工业企业累计完成426.34家。', '', '加快推进。', 'archive/2023-W35/市国资局/市国资局2023-W35推进情况__20230829-110200__3160e925.xlsx', '2023-08-29 11:02:00');
INSERT INTO public."values" VALUES ('2023-W35', '市国资局', '48.4', 48, 'lead', 1.39, true, '正常推进', '省级技术创新示范企业累计完成1.39家。', '', '加快推进。', 'archive/2023-W35/市国资局/市国资局2023-W35推进情况__20230829-110200__3160e925.xlsx', '2023-08-29 11:02:00');
INSERT INTO public."values" VALUES ('2023-W35', '市国资局', '48.5', 48, 'lead', 1.16, true, '滞后', '工业互联网平台、工业互联网典型应用场景或各类标杆企业累计完成1.16个。', '进度偏慢。', '加快推进。', 'archive/2023-W35/市国资局/市国资局2023-W35推进情况__20230829-110200__3160e925.xlsx', '2023-08-29 11:02:00');
INSERT INTO public."values" VALUES ('2023-W35', '市国资局', '48.6', 48, 'lead', 1.6, true, '滞后', '省级智能工厂(数字化车间)累计完成1.6家。', '进度偏慢。', '加快推进。', 'archive/2023-W35/市国资局/市国资局2023-W35推进情况__20230829-110200__3160e925.xlsx', '2023-08-29 11:02:00');
INSERT INTO public."values" VALUES ('2023-W35', '市国资局', '48.7', 48, 'lead', 142.39, true, '正常推进', '国企融资规模累计完成142.39亿元。', '', '加快推进。', 'archive/2023-W35/市国资局/市国资局2023-W35推进情况__20230829-110200__3160e925.xlsx', '2023-08-29 11:02:00');
INSERT INTO public."values" VALUES ('2023-W35', '市国资局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W35/市国资局/市国资局2023-W35推进情况__20230829-110200__3160e925.xlsx', '2023-08-29 11:02:00');
INSERT INTO public."values" VALUES ('2023-W35', '市国资局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W35/市国资局/市国资局2023-W35推进情况__20230829-110200__3160e925.xlsx', '2023-08-29 11:02:00');
INSERT INTO public."values" VALUES ('2023-W35', '市城乡水务局', '25.1', 25, 'lead', 5.35, true, '滞后', '水土流失治理面积累计完成5.35平方公里。', '进度偏慢。', '加快推进。', 'archive/2023-W35/市城乡水务局/市城乡水务局2023-W35推进情况__20230830-101500__4afa5f37.xlsx', '2023-08-30 10:15:00');
INSERT INTO public."values" VALUES ('2023-W35', '市城乡水务局', '25.2', 25, 'lead', 0.4, true, '滞后', '省级水土保持生态清洁小流域累计完成0.4条。', '进度偏慢。', '加快推进。', 'archive/2023-W35/市城乡水务局/市城乡水务局2023-W35推进情况__20230830-101500__4afa5f37.xlsx', '2023-08-30 10:15:00');
INSERT INTO public."values" VALUES ('2023-W35', '市城乡水务局', '25.3', 25, 'lead', 79.53, true, '滞后', '水土保持率累计完成79.53%。', '进度偏慢。', '加快推进。', 'archive/2023-W35/市城乡水务局/市城乡水务局2023-W35推进情况__20230830-101500__4afa5f37.xlsx', '2023-08-30 10:15:00');
INSERT INTO public."values" VALUES ('2023-W35', '市城乡水务局', '33.1', 33, 'lead', 1.04, true, '滞后', '年度用水总量累计完成1.04亿立方米。', '进度偏慢。', '加快推进。', 'archive/2023-W35/市城乡水务局/市城乡水务局2023-W35推进情况__20230830-101500__4afa5f37.xlsx', '2023-08-30 10:15:00');
INSERT INTO public."values" VALUES ('2023-W35', '市城乡水务局', '33.2', 33, 'lead', 0.07, true, '滞后', '非常规水源利用量累计完成0.07亿立方米。', '进度偏慢。', '加快推进。', 'archive/2023-W35/市城乡水务局/市城乡水务局2023-W35推进情况__20230830-101500__4afa5f37.xlsx', '2023-08-30 10:15:00');
INSERT INTO public."values" VALUES ('2023-W35', '市城乡水务局', '37.1', 37, 'lead', 0.63, true, '正常推进', '城区污水处理厂提标累计完成0.63座。', '', '加快推进。', 'archive/2023-W35/市城乡水务局/市城乡水务局2023-W35推进情况__20230830-101500__4afa5f37.xlsx', '2023-08-30 10:15:00');
INSERT INTO public."values" VALUES ('2023-W35', '市城乡水务局', '39', 39, 'lead', NULL, true, '正常推进', '配合推进全方位落实“四水四定”原则。', '', '继续配合。', 'archive/2023-W35/市城乡水务局/市城乡水务局2023-W35推进情况__20230830-101500__4afa5f37.xlsx', '2023-08-30 10:15:00');
INSERT INTO public."values" VALUES ('2023-W35', '市城乡水务局', '40', 40, 'lead', NULL, true, '正常推进', '配合推进推进一批重点工程。', '', '继续配合。', 'archive/2023-W35/市城乡水务局/市城乡水务局2023-W35推进情况__20230830-101500__4afa5f37.xlsx', '2023-08-30 10:15:00');
INSERT INTO public."values" VALUES ('2023-W35', '市城乡水务局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W35/市城乡水务局/市城乡水务局2023-W35推进情况__20230830-101500__4afa5f37.xlsx', '2023-08-30 10:15:00');
INSERT INTO public."values" VALUES ('2023-W35', '市城乡水务局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W35/市城乡水务局/市城乡水务局2023-W35推进情况__20230830-101500__4afa5f37.xlsx', '2023-08-30 10:15:00');
INSERT INTO public."values" VALUES ('2023-W35', '市委办公室', '73', 73, 'lead', NULL, true, '正常推进', '配合推进加强组织领导。', '', '继续配合。', 'archive/2023-W35/市委办公室/市委办公室2023-W35推进情况__20230829-103600__cafc12f4.xlsx', '2023-08-29 10:36:00');
INSERT INTO public."values" VALUES ('2023-W35', '市委办公室', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W35/市委办公室/市委办公室2023-W35推进情况__20230829-103600__cafc12f4.xlsx', '2023-08-29 10:36:00');
INSERT INTO public."values" VALUES ('2023-W35', '市委办公室', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W35/市委办公室/市委办公室2023-W35推进情况__20230829-103600__cafc12f4.xlsx', '2023-08-29 10:36:00');
INSERT INTO public."values" VALUES ('2023-W35', '市委宣传部', '57', 57, 'lead', NULL, true, '正常推进', '配合推进持续深化文明培育。', '', '继续配合。', 'archive/2023-W35/市委宣传部/市委宣传部2023-W35推进情况__20230829-133200__26d74ac4.xlsx', '2023-08-29 13:32:00');
INSERT INTO public."values" VALUES ('2023-W35', '市委宣传部', '59', 59, 'co', NULL, true, '正常推进', '配合推进加强大运河文化体验廊道建设。', '', '继续配合。', 'archive/2023-W35/市委宣传部/市委宣传部2023-W35推进情况__20230829-133200__26d74ac4.xlsx', '2023-08-29 13:32:00');
INSERT INTO public."values" VALUES ('2023-W35', '市委宣传部', '60.1', 60, 'lead', 72.43, true, '滞后', '村居综合文化服务中心器材配送累计完成72.43个。', '进度偏慢。', '加快推进。', 'archive/2023-W35/市委宣传部/市委宣传部2023-W35推进情况__20230829-133200__26d74ac4.xlsx', '2023-08-29 13:32:00');
INSERT INTO public."values" VALUES ('2023-W35', '市委宣传部', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W35/市委宣传部/市委宣传部2023-W35推进情况__20230829-133200__26d74ac4.xlsx', '2023-08-29 13:32:00');
INSERT INTO public."values" VALUES ('2023-W35', '市委宣传部', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W35/市委宣传部/市委宣传部2023-W35推进情况__20230829-133200__26d74ac4.xlsx', '2023-08-29 13:32:00');
INSERT INTO public."values" VALUES ('2023-W35', '市委组织部', '2.1', 2, 'lead', 2.73, true, '滞后', '省级新型研发机构总量累计完成2.73家。', '进度偏慢。', '加快推进。', 'archive/2023-W35/市委组织部/市委组织部2023-W35推进情况__20230830-100100__615647e3.xlsx', '2023-08-30 10:01:00');
INSERT INTO public."values" VALUES ('2023-W35', '市委组织部', '2.2', 2, 'lead', 2.29, true, '正常推进', '省级以上创新平台累计完成2.29家。', '', '加快推进。', 'archive/2023-W35/市委组织部/市委组织部2023-W35推进情况__20230830-100100__615647e3.xlsx', '2023-08-30 10:01:00');
INSERT INTO public."values" VALUES ('2023-W35', '市委组织部', '6.1', 6, 'lead', 1.23, true, '滞后', '泰山人才工程入选人数累计完成1.23人。', '进度偏慢。', '加快推进。', 'archive/2023-W35/市委组织部/市委组织部2023-W35推进情况__20230830-100100__615647e3.xlsx', '2023-08-30 10:01:00');
INSERT INTO public."values" VALUES ('2023-W35', '市委组织部', '6.2', 6, 'lead', 6.51, true, '正常推进', '高层次科技人才累计完成6.51人。', '', '加快推进。', 'archive/2023-W35/市委组织部/市委组织部2023-W35推进情况__20230830-100100__615647e3.xlsx', '2023-08-30 10:01:00');
INSERT INTO public."values" VALUES ('2023-W35', '市委组织部', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W35/市委组织部/市委组织部2023-W35推进情况__20230830-100100__615647e3.xlsx', '2023-08-30 10:01:00');
INSERT INTO public."values" VALUES ('2023-W35', '市委组织部', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W35/市委组织部/市委组织部2023-W35推进情况__20230830-100100__615647e3.xlsx', '2023-08-30 10:01:00');
INSERT INTO public."values" VALUES ('2023-W35', '市委编办', '46', 46, 'co', NULL, true, '正常推进', '配合推进全力推进服务型数字政府建设。', '', '继续配合。', 'archive/2023-W35/市委编办/市委编办2023-W35推进情况__20230830-152700__ee617d6e.xlsx', '2023-08-30 15:27:00');
INSERT INTO public."values" VALUES ('2023-W35', '市委编办', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W35/市委编办/市委编办2023-W35推进情况__20230830-152700__ee617d6e.xlsx', '2023-08-30 15:27:00');
INSERT INTO public."values" VALUES ('2023-W35', '市委编办', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W35/市委编办/市委编办2023-W35推进情况__20230830-152700__ee617d6e.xlsx', '2023-08-30 15:27:00');
INSERT INTO public."values" VALUES ('2023-W35', '市工信局', '6.1', 6, 'co', NULL, true, '正常推进', '配合推进培育引进创新人才。', '', '继续配合。', 'archive/2023-W35/市工信局/市工信局2023-W35推进情况__20230830-140500__840f74d7.xlsx', '2023-08-30 14:05:00');
INSERT INTO public."values" VALUES ('2023-W35', '市工信局', '6.2', 6, 'co', NULL, true, '正常推进', '配合推进培育引进创新人才。', '', '继续配合。', 'archive/2023-W35/市工信局/市工信局2023-W35推进情况__20230830-140500__840f74d7.xlsx', '2023-08-30 14:05:00');
INSERT INTO public."values" VALUES ('2023-W35', '市工信局', '7', 7, 'co', NULL, true, '正常推进', '配合推进精准管控“两高”行业。', '', '继续配合。', 'archive/2023-W35/市工信局/市工信局2023-W35推进情况__20230830-140500__840f74d7.xlsx', '2023-08-30 14:05:00');
INSERT INTO public."values" VALUES ('2023-W35', '市工信局', '8.1', 8, 'lead', 79.56, true, '正常推进', '500万元以上工业技改项目累计完成79.56个。', '', '加快推进。', 'archive/2023-W35/市工信局/市工信局2023-W35推进情况__20230830-140500__840f74d7.xlsx', '2023-08-30 14:05:00');
INSERT INTO public."values" VALUES ('2023-W35', '市工信局', '9', 9, 'lead', NULL, true, '正常推进', '配合推进实施融链固链行动。', '', '继续配合。', 'archive/2023-W35/市工信局/市工信局2023-W35推进情况__20230830-140500__840f74d7.xlsx', '2023-08-30 14:05:00');
INSERT INTO public."values" VALUES ('2023-W35', '市工信局', '11', 11, 'lead', NULL, true, '正常推进', '配合推进打造机床和高端装备产业集群。', '', '继续配合。', 'archive/2023-W35/市工信局/市工信局2023-W35推进情况__20230830-140500__840f74d7.xlsx', '2023-08-30 14:05:00');
INSERT INTO public."values" VALUES ('2023-W35', '市工信局', '14.1', 14, 'lead', 302.76, true, '滞后', '5G基站累计完成302.76个。', '进度偏慢。', '加快推进。', 'archive/2023-W35/市工信局/市工信局2023-W35推进情况__20230830-140500__840f74d7.xlsx', '2023-08-30 14:05:00');
INSERT INTO public."values" VALUES ('2023-W35', '市工信局', '15', 15, 'lead', NULL, true, '正常推进', '配合推进严格化工园区管理。', '', '继续配合。', 'archive/2023-W35/市工信局/市工信局2023-W35推进情况__20230830-140500__840f74d7.xlsx', '2023-08-30 14:05:00');
INSERT INTO public."values" VALUES ('2023-W35', '市工信局', '16.1', 16, 'lead', 8.62, true, '滞后', '专精特新中小企业累计完成8.62家。', '进度偏慢。', '加快推进。', 'archive/2023-W35/市工信局/市工信局2023-W35推进情况__20230830-140500__840f74d7.xlsx', '2023-08-30 14:05:00');
INSERT INTO public."values" VALUES ('2023-W35', '市工信局', '16.2', 16, 'lead', 0.48, true, '滞后', '专精特新“小巨人”企业累计完成0.48家。', '进度偏慢。', '加快推进。', 'archive/2023-W35/市工信局/市工信局2023-W35推进情况__20230830-140500__840f74d7.xlsx', '2023-08-30 14:05:00');
INSERT INTO public."values" VALUES ('2023-W35', '市工信局', '35.1', 35, 'lead', 1.65, true, '滞后', '枣庄市级以上绿色工厂累计完成1.65家。', '进度偏慢。', '加快推进。', 'archive/2023-W35/市工信局/市工信局2023-W35推进情况__20230830-140500__840f74d7.xlsx', '2023-08-30 14:05:00');
INSERT INTO public."values" VALUES ('2023-W35', '市工信局', '36', 36, 'lead', NULL, true, '正常推进', '配合推进强化工业资源综合利用。', '', '继续配合。', 'archive/2023-W35/市工信局/市工信局2023-W35推进情况__20230830-140500__840f74d7.xlsx', '2023-08-30 14:05:00');
INSERT INTO public."values" VALUES ('2023-W35', '市工信局', '48.1', 48, 'co', NULL, true, '正常推进', '配合推进激发市场主体活力。', '', '继续配合。', 'archive/2023-W35/市工信局/市工信局2023-W35推进情况__20230830-140500__840f74d7.xlsx', '2023-08-30 14:05:00');
INSERT INTO public."values" VALUES ('2023-W35', '市工信局', '48.2', 48, 'co', NULL, true, '正常推进', '配合推进激发市场主体活力。', '', '继续配合。', 'archive/2023-W35/市工信局/市工信局2023-W35推进情况__20230830-140500__840f74d7.xlsx', '2023-08-30 14:05:00');
INSERT INTO public."values" VALUES ('2023-W35', '市工信局', '48.3', 48, 'co', NULL, true, '正常推进', '配合推进激发市场主体活力。', '', '继续配合。', 'archive/2023-W35/市工信局/市工信局2023-W35推进情况__20230830-140500__840f74d7.xlsx', '2023-08-30 14:05:00');
INSERT INTO public."values" VALUES ('2023-W35', '市工信局', '48.4', 48, 'co', NULL, true, '正常推进', '配合推进激发市场主体活力。', '', '继续配合。', 'archive/2023-W35/市工信局/市工信局2023-W35推进情况__20230830-140500__840f74d7.xlsx', '2023-08-30 14:05:00');
INSERT INTO public."values" VALUES ('2023-W35', '市工信局', '48.5', 48, 'co', NULL, true, '正常推进', '配合推进激发市场主体活力。', '', '继续配合。', 'archive/2023-W35/市工信局/市工信局2023-W35推进情况__20230830-140500__840f74d7.xlsx', '2023-08-30 14:05:00');
INSERT INTO public."values" VALUES ('2023-W35', '市工信局', '48.6', 48, 'co', NULL, true, '正常推进', '配合推进激发市场主体活力。', '', '继续配合。', 'archive/2023-W35/市工信局/市工信局2023-W35推进情况__20230830-140500__840f74d7.xlsx', '2023-08-30 14:05:00');
INSERT INTO public."values" VALUES ('2023-W35', '市工信局', '48.7', 48, 'co', NULL, true, '正常推进', '配合推进激发市场主体活力。', '', '继续配合。', 'archive/2023-W35/市工信局/市工信局2023-W35推进情况__20230830-140500__840f74d7.xlsx', '2023-08-30 14:05:00');
INSERT INTO public."values" VALUES ('2023-W35', '市工信局', '49', 49, 'co', NULL, true, '正常推进', '配合推进推进出口提质增效。', '', '继续配合。', 'archive/2023-W35/市工信局/市工信局2023-W35推进情况__20230830-140500__840f74d7.xlsx', '2023-08-30 14:05:00');
INSERT INTO public."values" VALUES ('2023-W35', '市工信局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W35/市工信局/市工信局2023-W35推进情况__20230830-140500__840f74d7.xlsx', '2023-08-30 14:05:00');
INSERT INTO public."values" VALUES ('2023-W35', '市工信局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W35/市工信局/市工信局2023-W35推进情况__20230830-140500__840f74d7.xlsx', '2023-08-30 14:05:00');
INSERT INTO public."values" VALUES ('2023-W35', '市市场监管局', '46', 46, 'co', NULL, true, '正常推进', '配合推进全力推进服务型数字政府建设。', '', '继续配合。', 'archive/2023-W35/市市场监管局/市市场监管局2023-W35推进情况__20230830-102900__dcb741a9.xlsx', '2023-08-30 10:29:00');
INSERT INTO public."values" VALUES ('2023-W35', '市市场监管局', '48.1', 48, 'co', NULL, true, '正常推进', '配合推进激发市场主体活力。', '', '继续配合。', 'archive/2023-W35/市市场监管局/市市场监管局2023-W35推进情况__20230830-102900__dcb741a9.xlsx', '2023-08-30 10:29:00');
INSERT INTO public."values" VALUES ('2023-W35', '市市场监管局', '48.2', 48, 'co', NULL, true, '正常推进', '配合推进激发市场主体活力。', '', '继续配合。', 'archive/2023-W35/市市场监管局/市市场监管局2023-W35推进情况__20230830-102900__dcb741a9.xlsx', '2023-08-30 10:29:00');
INSERT INTO public."values" VALUES ('2023-W35', '市市场监管局', '48.3', 48, 'co', NULL, true, '正常推进', '配合推进激发市场主体活力。', '', '继续配合。', 'archive/2023-W35/市市场监管局/市市场监管局2023-W35推进情况__20230830-102900__dcb741a9.xlsx', '2023-08-30 10:29:00');
INSERT INTO public."values" VALUES ('2023-W35', '市市场监管局', '48.4', 48, 'co', NULL, true, '正常推进', '配合推进激发市场主体活力。', '', '继续配合。', 'archive/2023-W35/市市场监管局/市市场监管局2023-W35推进情况__20230830-102900__dcb741a9.xlsx', '2023-08-30 10:29:00');
INSERT INTO public."values" VALUES ('2023-W35', '市市场监管局', '48.5', 48, 'co', NULL, true, '正常推进', '配合推进激发市场主体活力。', '', '继续配合。', 'archive/2023-W35/市市场监管局/市市场监管局2023-W35推进情况__20230830-102900__dcb741a9.xlsx', '2023-08-30 10:29:00');
INSERT INTO public."values" VALUES ('2023-W35', '市市场监管局', '48.6', 48, 'co', NULL, true, '正常推进', '配合推进激发市场主体活力。', '', '继续配合。', 'archive/2023-W35/市市场监管局/市市场监管局2023-W35推进情况__20230830-102900__dcb741a9.xlsx', '2023-08-30 10:29:00');
INSERT INTO public."values" VALUES ('2023-W35', '市市场监管局', '48.7', 48, 'co', NULL, true, '正常推进', '配合推进激发市场主体活力。', '', '继续配合。', 'archive/2023-W35/市市场监管局/市市场监管局2023-W35推进情况__20230830-102900__dcb741a9.xlsx', '2023-08-30 10:29:00');
INSERT INTO public."values" VALUES ('2023-W35', '市市场监管局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W35/市市场监管局/市市场监管局2023-W35推进情况__20230830-102900__dcb741a9.xlsx', '2023-08-30 10:29:00');
INSERT INTO public."values" VALUES ('2023-W35', '市市场监管局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W35/市市场监管局/市市场监管局2023-W35推进情况__20230830-102900__dcb741a9.xlsx', '2023-08-30 10:29:00');
INSERT INTO public."values" VALUES ('2023-W35', '市应急局', '71', 71, 'lead', NULL, true, '正常推进', '配合推进着力抓实安全生产。', '', '继续配合。', 'archive/2023-W35/市应急局/市应急局2023-W35推进情况__20230830-093500__cb38acde.xlsx', '2023-08-30 09:35:00');
INSERT INTO public."values" VALUES ('2023-W35', '市应急局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W35/市应急局/市应急局2023-W35推进情况__20230830-093500__cb38acde.xlsx', '2023-08-30 09:35:00');
INSERT INTO public."values" VALUES ('2023-W35', '市应急局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W35/市应急局/市应急局2023-W35推进情况__20230830-093500__cb38acde.xlsx', '2023-08-30 09:35:00');
INSERT INTO public."values" VALUES ('2023-W35', '市招商引资中心', '52', 52, 'lead', NULL, true, '正常推进', '配合推进大力推进产业链招商。', '', '继续配合。', 'archive/2023-W35/市招商引资中心/市招商引资中心2023-W35推进情况__20230829-113000__8b3ec48d.xlsx', '2023-08-29 11:30:00');
INSERT INTO public."values" VALUES ('2023-W35', '市招商引资中心', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W35/市招商引资中心/市招商引资中心2023-W35推进情况__20230829-113000__8b3ec48d.xlsx', '2023-08-29 11:30:00');
INSERT INTO public."values" VALUES ('2023-W35', '市招商引资中心', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W35/市招商引资中心/市招商引资中心2023-W35推进情况__20230829-113000__8b3ec48d.xlsx', '2023-08-29 11:30:00');
INSERT INTO public."values" VALUES ('2023-W35', '市政府办公室', '46', 46, 'lead', NULL, true, '正常推进', '配合推进全力推进服务型数字政府建设。', '', '继续配合。', 'archive/2023-W35/市政府办公室/市政府办公室2023-W35推进情况__20230829-142600__ce2cc8de.xlsx', '2023-08-29 14:26:00');
INSERT INTO public."values" VALUES ('2023-W35', '市政府办公室', '73', 73, 'co', NULL, true, '正常推进', '配合推进加强组织领导。', '', '继续配合。', 'archive/2023-W35/市政府办公室/市政府办公室2023-W35推进情况__20230829-142600__ce2cc8de.xlsx', '2023-08-29 14:26:00');
INSERT INTO public."values" VALUES ('2023-W35', '市政府办公室', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W35/市政府办公室/市政府办公室2023-W35推进情况__20230829-142600__ce2cc8de.xlsx', '2023-08-29 14:26:00');
INSERT INTO public."values" VALUES ('2023-W35', '市政府办公室', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W35/市政府办公室/市政府办公室2023-W35推进情况__20230829-142600__ce2cc8de.xlsx', '2023-08-29 14:26:00');
INSERT INTO public."values" VALUES ('2023-W35', '市教体局', '64.1', 64, 'lead', 22, true, '滞后', '县域内义务教育学校、乡村学校强校扩优覆盖率累计完成22.0%。', '进度偏慢。', '加快推进。', 'archive/2023-W35/市教体局/市教体局2023-W35推进情况__20230830-143300__40ae4a28.xlsx', '2023-08-30 14:33:00');
INSERT INTO public."values" VALUES ('2023-W35', '市教体局', '64.2', 64, 'lead', 28.7, true, '滞后', '省级一类以上幼儿园累计完成28.7所。', '进度偏慢。', '加快推进。', 'archive/2023-W35/市教体局/市教体局2023-W35推进情况__20230830-143300__40ae4a28.xlsx', '2023-08-30 14:33:00');
INSERT INTO public."values" VALUES ('2023-W35', '市教体局', '64.3', 64, 'lead', 14.05, true, '正常推进', '普惠性幼儿园建设提升累计完成14.05所。', '', '加快推进。', 'archive/2023-W35/市教体局/市教体局2023-W35推进情况__20230830-143300__40ae4a28.xlsx', '2023-08-30 14:33:00');
INSERT INTO public."values" VALUES ('2023-W35', '市教体局', '64.4', 64, 'lead', 1.29, true, '正常推进', '推荐参评示范校累计完成1.29所。', '', '加快推进。', 'archive/2023-W35/市教体局/市教体局2023-W35推进情况__20230830-143300__40ae4a28.xlsx', '2023-08-30 14:33:00');
INSERT INTO public."values" VALUES ('2023-W35', '市教体局', '64.5', 64, 'lead', 3.72, true, '正常推进', '秋季开学前投入使用项目累计完成3.72处。', '', '加快推进。', 'archive/2023-W35/市教体局/市教体局2023-W35推进情况__20230830-143300__40ae4a28.xlsx', '2023-08-30 14:33:00');
INSERT INTO public."values" VALUES ('2023-W35', '市教体局', '64.6', 64, 'lead', 3.53, true, '滞后', '公办幼儿园新建改建项目累计完成3.53处。', '进度偏慢。', '加快推进。', 'archive/2023-W35/市教体局/市教体局2023-W35推进情况__20230830-143300__40ae4a28.xlsx', '2023-08-30 14:33:00');
INSERT INTO public."values" VALUES ('2023-W35', '市教体局', '65.1', 65, 'lead', 301.8, true, '滞后', '乡村振兴学历提升工程培养人数累计完成301.8人。', '进度偏慢。', '加快推进。', 'archive/2023-W35/市教体局/市教体局2023-W35推进情况__20230830-143300__40ae4a28.xlsx', '2023-08-30 14:33:00');
INSERT INTO public."values" VALUES ('2023-W35', '市教体局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W35/市教体局/市教体局2023-W35推进情况__20230830-143300__40ae4a28.xlsx', '2023-08-30 14:33:00');
INSERT INTO public."values" VALUES ('2023-W35', '市教体局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W35/市教体局/市教体局2023-W35推进情况__20230830-143300__40ae4a28.xlsx', '2023-08-30 14:33:00');
INSERT INTO public."values" VALUES ('2023-W35', '市文旅局', '28', 28, 'lead', NULL, true, '正常推进', '配合推进持续激发城乡消费活力。', '', '继续配合。', 'archive/2023-W35/市文旅局/市文旅局2023-W35推进情况__20230830-141900__e3b3df0a.xlsx', '2023-08-30 14:19:00');
INSERT INTO public."values" VALUES ('2023-W35', '市文旅局', '58', 58, 'lead', NULL, true, '正常推进', '配合推进推进大运河国家文化公园(枣庄段)建设。', '', '继续配合。', 'archive/2023-W35/市文旅局/市文旅局2023-W35推进情况__20230830-141900__e3b3df0a.xlsx', '2023-08-30 14:19:00');
INSERT INTO public."values" VALUES ('2023-W35', '市文旅局', '59', 59, 'lead', NULL, true, '正常推进', '配合推进加强大运河文化体验廊道建设。', '', '继续配合。', 'archive/2023-W35/市文旅局/市文旅局2023-W35推进情况__20230830-141900__e3b3df0a.xlsx', '2023-08-30 14:19:00');
INSERT INTO public."values" VALUES ('2023-W35', '市文旅局', '60.1', 60, 'co', NULL, true, '正常推进', '配合推进加快发展文化产业。', '', '继续配合。', 'archive/2023-W35/市文旅局/市文旅局2023-W35推进情况__20230830-141900__e3b3df0a.xlsx', '2023-08-30 14:19:00');
INSERT INTO public."values" VALUES ('2023-W35', '市文旅局', '61', 61, 'lead', NULL, true, '正常推进', '配合推进培育一批精品旅游景区。', '', '继续配合。', 'archive/2023-W35/市文旅局/市文旅局2023-W35推进情况__20230830-141900__e3b3df0a.xlsx', '2023-08-30 14:19:00');
INSERT INTO public."values" VALUES ('2023-W35', '市文旅局', '62', 62, 'lead', NULL, true, '正常推进', '配合推进加强革命文物保护利用。', '', '继续配合。', 'archive/2023-W35/市文旅局/市文旅局2023-W35推进情况__20230830-141900__e3b3df0a.xlsx', '2023-08-30 14:19:00');
INSERT INTO public."values" VALUES ('2023-W35', '市文旅局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W35/市文旅局/市文旅局2023-W35推进情况__20230830-141900__e3b3df0a.xlsx', '2023-08-30 14:19:00');
INSERT INTO public."values" VALUES ('2023-W35', '市文旅局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W35/市文旅局/市文旅局2023-W35推进情况__20230830-141900__e3b3df0a.xlsx', '2023-08-30 14:19:00');
INSERT INTO public."values" VALUES ('2023-W35', '市林业发展中心', '32.1', 32, 'co', NULL, true, '正常推进', '配合推进强化生态建设和修复。', '', '继续配合。', 'archive/2023-W35/市林业发展中心/市林业发展中心2023-W35推进情况__20230829-122400__e4eebedf.xlsx', '2023-08-29 12:24:00');
INSERT INTO public."values" VALUES ('2023-W35', '市林业发展中心', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W35/市林业发展中心/市林业发展中心2023-W35推进情况__20230829-122400__e4eebedf.xlsx', '2023-08-29 12:24:00');
INSERT INTO public."values" VALUES ('2023-W35', '市林业发展中心', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W35/市林业发展中心/市林业发展中心2023-W35推进情况__20230829-122400__e4eebedf.xlsx', '2023-08-29 12:24:00');
INSERT INTO public."values" VALUES ('2023-W35', '市科技局', '1.1', 1, 'lead', 1.05, true, '滞后', '省院士工作站累计完成1.05个。', '进度偏慢。', '加快推进。', 'archive/2023-W35/市科技局/市科技局2023-W35推进情况__20230829-090000__7b56e17f.xlsx', '2023-08-29 09:00:00');
INSERT INTO public."values" VALUES ('2023-W35', '市科技局', '1.2', 1, 'lead', 6.39, true, '正常推进', '枣庄市级重点实验室累计完成6.39个。', '', '加快推进。', 'archive/2023-W35/市科技局/市科技局2023-W35推进情况__20230829-090000__7b56e17f.xlsx', '2023-08-29 09:00:00');
INSERT INTO public."values" VALUES ('2023-W35', '市科技局', '2.1', 2, 'co', NULL, true, '正常推进', '配合推进加强创新平台建设。', '', '继续配合。', 'archive/2023-W35/市科技局/市科技局2023-W35推进情况__20230829-090000__7b56e17f.xlsx', '2023-08-29 09:00:00');
INSERT INTO public."values" VALUES ('2023-W35', '市科技局', '2.2', 2, 'co', NULL, true, '正常推进', '配合推进加强创新平台建设。', '', '继续配合。', 'archive/2023-W35/市科技局/市科技局2023-W35推进情况__20230829-090000__7b56e17f.xlsx', '2023-08-29 09:00:00');
INSERT INTO public."values" VALUES ('2023-W35', '市科技局', '3.1', 3, 'lead', 21.49, true, '正常推进', '省市级以上科技项目累计完成21.49项。', '', '加快推进。', 'archive/2023-W35/市科技局/市科技局2023-W35推进情况__20230829-090000__7b56e17f.xlsx', '2023-08-29 09:00:00');
INSERT INTO public."values" VALUES ('2023-W35', '市科技局', '3.2', 3, 'lead', 3982.32, true, '滞后', '省市级以上科技项目资金累计完成3982.32万元。', '进度偏慢。', '加快推进。', 'archive/2023-W35/市科技局/市科技局2023-W35推进情况__20230829-090000__7b56e17f.xlsx', '2023-08-29 09:00:00');
INSERT INTO public."values" VALUES ('2023-W35', '市科技局', '4.1', 4, 'lead', 129.19, true, '正常推进', '高新技术企业累计完成129.19家。', '', '加快推进。', 'archive/2023-W35/市科技局/市科技局2023-W35推进情况__20230829-090000__7b56e17f.xlsx', '2023-08-29 09:00:00');
INSERT INTO public."values" VALUES ('2023-W35', '市科技局', '5.1', 5, 'lead', 1125.44, true, '滞后', '省企业研发补助、创新券累计完成1125.44万元。', '进度偏慢。', '加快推进。', 'archive/2023-W35/市科技局/市科技局2023-W35推进情况__20230829-090000__7b56e17f.xlsx', '2023-08-29 09:00:00');
INSERT INTO public."values" VALUES ('2023-W35', '市科技局', '5.2', 5, 'lead', 0.64, true, '滞后', '科技成果转化贷款累计完成0.64亿元。', '进度偏慢。', '加快推进。', 'archive/2023-W35/市科技局/市科技局2023-W35推进情况__20230829-090000__7b56e17f.xlsx', '2023-08-29 09:00:00');
INSERT INTO public."values" VALUES ('2023-W35', '市科技局', '6.1', 6, 'co', NULL, true, '正常推进', '配合推进培育引进创新人才。', '', '继续配合。', 'archive/2023-W35/市科技局/市科技局2023-W35推进情况__20230829-090000__7b56e17f.xlsx', '2023-08-29 09:00:00');
INSERT INTO public."values" VALUES ('2023-W35', '市科技局', '6.2', 6, 'co', NULL, true, '正常推进', '配合推进培育引进创新人才。', '', '继续配合。', 'archive/2023-W35/市科技局/市科技局2023-W35推进情况__20230829-090000__7b56e17f.xlsx', '2023-08-29 09:00:00');
INSERT INTO public."values" VALUES ('2023-W35', '市科技局', '47', 47, 'lead', NULL, true, '正常推进', '配合推进健全科技成果转化服务体系。', '', '继续配合。', 'archive/2023-W35/市科技局/市科技局2023-W35推进情况__20230829-090000__7b56e17f.xlsx', '2023-08-29 09:00:00');
INSERT INTO public."values" VALUES ('2023-W35', '市科技局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W35/市科技局/市科技局2023-W35推进情况__20230829-090000__7b56e17f.xlsx', '2023-08-29 09:00:00');
INSERT INTO public."values" VALUES ('2023-W35', '市科技局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W35/市科技局/市科技局2023-W35推进情况__20230829-090000__7b56e17f.xlsx', '2023-08-29 09:00:00');
INSERT INTO public."values" VALUES ('2023-W35', '市综合执法局', '29', 29, 'co', NULL, true, '正常推进', '配合推进加快构建国土空间开发保护新格局。', '', '继续配合。', 'archive/2023-W35/市综合执法局/市综合执法局2023-W35推进情况__20230829-102200__878d6690.xlsx', '2023-08-29 10:22:00');
INSERT INTO public."values" VALUES ('2023-W35', '市综合执法局', '30', 30, 'co', NULL, true, '正常推进', '配合推进扎实开展绿色低碳转型行动。', '', '继续配合。', 'archive/2023-W35/市综合执法局/市综合执法局2023-W35推进情况__20230829-102200__878d6690.xlsx', '2023-08-29 10:22:00');
INSERT INTO public."values" VALUES ('2023-W35', '市综合执法局', '38.1', 38, 'lead', 71.02, true, '滞后', '城市居民小区生活垃圾分类设施覆盖率累计完成71.02%。', '进度偏慢。', '加快推进。', 'archive/2023-W35/市综合执法局/市综合执法局2023-W35推进情况__20230829-102200__878d6690.xlsx', '2023-08-29 10:22:00');
INSERT INTO public."values" VALUES ('2023-W35', '市综合执法局', '38.2', 38, 'lead', 61.5, true, '滞后', '生活垃圾焚烧处理率累计完成61.5%。', '进度偏慢。', '加快推进。', 'archive/2023-W35/市综合执法局/市综合执法局2023-W35推进情况__20230829-102200__878d6690.xlsx', '2023-08-29 10:22:00');
INSERT INTO public."values" VALUES ('2023-W35', '市综合执法局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W35/市综合执法局/市综合执法局2023-W35推进情况__20230829-102200__878d6690.xlsx', '2023-08-29 10:22:00');
INSERT INTO public."values" VALUES ('2023-W35', '市综合执法局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W35/市综合执法局/市综合执法局2023-W35推进情况__20230829-102200__878d6690.xlsx', '2023-08-29 10:22:00');
INSERT INTO public."values" VALUES ('2023-W35', '市自然资源局', '21', 21, 'co', NULL, true, '正常推进', '配合推进大力发展可再生能源。', '', '继续配合。', 'archive/2023-W35/市自然资源局/市自然资源局2023-W35推进情况__20230829-091400__4ef9bd8a.xlsx', '2023-08-29 09:14:00');
INSERT INTO public."values" VALUES ('2023-W35', '市自然资源局', '25.1', 25, 'co', NULL, true, '正常推进', '配合推进加强水土流失综合治理。', '', '继续配合。', 'archive/2023-W35/市自然资源局/市自然资源局2023-W35推进情况__20230829-091400__4ef9bd8a.xlsx', '2023-08-29 09:14:00');
INSERT INTO public."values" VALUES ('2023-W35', '市自然资源局', '25.2', 25, 'co', NULL, true, '正常推进', '配合推进加强水土流失综合治理。', '', '继续配合。', 'archive/2023-W35/市自然资源局/市自然资源局2023-W35推进情况__20230829-091400__4ef9bd8a.xlsx', '2023-08-29 09:14:00');
INSERT INTO public."values" VALUES ('2023-W35', '市自然资源局', '25.3', 25, 'co', NULL, true, '正常推进', '配合推进加强水土流失综合治理。', '', '继续配合。', 'archive/2023-W35/市自然资源局/市自然资源局2023-W35推进情况__20230829-091400__4ef9bd8a.xlsx', '2023-08-29 09:14:00');
INSERT INTO public."values" VALUES ('2023-W35', '市自然资源局', '29', 29, 'lead', NULL, true, '正常推进', '配合推进加快构建国土空间开发保护新格局。', '', '继续配合。', 'archive/2023-W35/市自然资源局/市自然资源局2023-W35推进情况__20230829-091400__4ef9bd8a.xlsx', '2023-08-29 09:14:00');
INSERT INTO public."values" VALUES ('2023-W35', '市自然资源局', '32.1', 32, 'lead', 110.58, true, '滞后', '省下达落地上图造林累计完成110.58亩。', '进度偏慢。', '加快推进。', 'archive/2023-W35/市自然资源局/市自然资源局2023-W35推进情况__20230829-091400__4ef9bd8a.xlsx', '2023-08-29 09:14:00');
INSERT INTO public."values" VALUES ('2023-W35', '市自然资源局', '53', 53, 'co', NULL, true, '正常推进', '配合推进优化提升外资企业服务。', '', '继续配合。', 'archive/2023-W35/市自然资源局/市自然资源局2023-W35推进情况__20230829-091400__4ef9bd8a.xlsx', '2023-08-29 09:14:00');
INSERT INTO public."values" VALUES ('2023-W35', '市自然资源局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W35/市自然资源局/市自然资源局2023-W35推进情况__20230829-091400__4ef9bd8a.xlsx', '2023-08-29 09:14:00');
INSERT INTO public."values" VALUES ('2023-W35', '市自然资源局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W35/市自然资源局/市自然资源局2023-W35推进情况__20230829-091400__4ef9bd8a.xlsx', '2023-08-29 09:14:00');
INSERT INTO public."values" VALUES ('2023-W35', '市行政审批局', '39', 39, 'co', NULL, true, '正常推进', '配合推进全方位落实“四水四定”原则。', '', '继续配合。', 'archive/2023-W35/市行政审批局/市行政审批局2023-W35推进情况__20230830-132500__76dac49f.xlsx', '2023-08-30 13:25:00');
INSERT INTO public."values" VALUES ('2023-W35', '市行政审批局', '46', 46, 'co', NULL, true, '正常推进', '配合推进全力推进服务型数字政府建设。', '', '继续配合。', 'archive/2023-W35/市行政审批局/市行政审批局2023-W35推进情况__20230830-132500__76dac49f.xlsx', '2023-08-30 13:25:00');
INSERT INTO public."values" VALUES ('2023-W35', '市行政审批局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W35/市行政审批局/市行政审批局2023-W35推进情况__20230830-132500__76dac49f.xlsx', '2023-08-30 13:25:00');
INSERT INTO public."values" VALUES ('2023-W35', '市行政审批局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W35/市行政审批局/市行政审批局2023-W35推进情况__20230830-132500__76dac49f.xlsx', '2023-08-30 13:25:00');
INSERT INTO public."values" VALUES ('2023-W35', '市财政局', '26.1', 26, 'co', NULL, true, '正常推进', '配合推进推进城市更新行动。', '', '继续配合。', 'archive/2023-W35/市财政局/市财政局2023-W35推进情况__20230830-121700__f0b5139e.xlsx', '2023-08-30 12:17:00');
INSERT INTO public."values" VALUES ('2023-W35', '市财政局', '26.2', 26, 'co', NULL, true, '正常推进', '配合推进推进城市更新行动。', '', '继续配合。', 'archive/2023-W35/市财政局/市财政局2023-W35推进情况__20230830-121700__f0b5139e.xlsx', '2023-08-30 12:17:00');
INSERT INTO public."values" VALUES ('2023-W35', '市财政局', '26.3', 26, 'co', NULL, true, '正常推进', '配合推进推进城市更新行动。', '', '继续配合。', 'archive/2023-W35/市财政局/市财政局2023-W35推进情况__20230830-121700__f0b5139e.xlsx', '2023-08-30 12:17:00');
INSERT INTO public."values" VALUES ('2023-W35', '市财政局', '50.1', 50, 'co', NULL, true, '正常推进', '配合推进优化进口商品结构。', '', '继续配合。', 'archive/2023-W35/市财政局/市财政局2023-W35推进情况__20230830-121700__f0b5139e.xlsx', '2023-08-30 12:17:00');
INSERT INTO public."values" VALUES ('2023-W35', '市财政局', '66', 66, 'co', NULL, true, '正常推进', '配合推进推动低保扩围增效。', '', '继续配合。', 'archive/2023-W35/市财政局/市财政局2023-W35推进情况__20230830-121700__f0b5139e.xlsx', '2023-08-30 12:17:00');
INSERT INTO public."values" VALUES ('2023-W35', '市财政局', '72', 72, 'co', NULL, true, '正常推进', '配合推进着力稳金融防风险。', '', '继续配合。', 'archive/2023-W35/市财政局/市财政局2023-W35推进情况__20230830-121700__f0b5139e.xlsx', '2023-08-30 12:17:00');
INSERT INTO public."values" VALUES ('2023-W35', '市财政局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W35/市财政局/市财政局2023-W35推进情况__20230830-121700__f0b5139e.xlsx', '2023-08-30 12:17:00');
INSERT INTO public."values" VALUES ('2023-W35', '市财政局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W35/市财政局/市财政局2023-W35推进情况__20230830-121700__f0b5139e.xlsx', '2023-08-30 12:17:00');
INSERT INTO public."values" VALUES ('2023-W35', '市金融服务中心', '17', 17, 'lead', NULL, true, '正常推进', '配合推进强化金融助企服务。', '', '继续配合。', 'archive/2023-W35/市金融服务中心/市金融服务中心2023-W35推进情况__20230829-121000__1cd95536.xlsx', '2023-08-29 12:10:00');
INSERT INTO public."values" VALUES ('2023-W35', '市金融服务中心', '72', 72, 'lead', NULL, true, '正常推进', '配合推进着力稳金融防风险。', '', '继续配合。', 'archive/2023-W35/市金融服务中心/市金融服务中心2023-W35推进情况__20230829-121000__1cd95536.xlsx', '2023-08-29 12:10:00');
INSERT INTO public."values" VALUES ('2023-W35', '市金融服务中心', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W35/市金融服务中心/市金融服务中心2023-W35推进情况__20230829-121000__1cd95536.xlsx', '2023-08-29 12:10:00');
INSERT INTO public."values" VALUES ('2023-W35', '市金融服务中心', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W35/市金融服务中心/市金融服务中心2023-W35推进情况__20230829-121000__1cd95536.xlsx', '2023-08-29 12:10:00');
INSERT INTO public."values" VALUES ('2023-W35', '市铁路货场迁建指挥部', '19', 19, 'lead', NULL, true, '正常推进', '配合推进打造综合性现代化内河港口。', '', '继续配合。', 'archive/2023-W35/市铁路货场迁建指挥部/市铁路货场迁建指挥部2023-W35推进情况__20230829-141200__3177db3f.xlsx', '2023-08-29 14:12:00');
INSERT INTO public."values" VALUES ('2023-W35', '市铁路货场迁建指挥部', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W35/市铁路货场迁建指挥部/市铁路货场迁建指挥部2023-W35推进情况__20230829-141200__3177db3f.xlsx', '2023-08-29 14:12:00');
INSERT INTO public."values" VALUES ('2023-W35', '市铁路货场迁建指挥部', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W35/市铁路货场迁建指挥部/市铁路货场迁建指挥部2023-W35推进情况__20230829-141200__3177db3f.xlsx', '2023-08-29 14:12:00');
INSERT INTO public."values" VALUES ('2023-W35', '开发区管委会', '54', 54, 'co', NULL, true, '正常推进', '配合推进积极复制推广山东自贸区制度创新成果。', '', '继续配合。', 'archive/2023-W35/开发区管委会/开发区管委会2023-W35推进情况__20230830-123100__d5e71a58.xlsx', '2023-08-30 12:31:00');
INSERT INTO public."values" VALUES ('2023-W35', '开发区管委会', '55.1', 55, 'lead', 68.17, true, '滞后', '开发区重点工业项目投资累计完成68.17亿元。', '进度偏慢。', '加快推进。', 'archive/2023-W35/开发区管委会/开发区管委会2023-W35推进情况__20230830-123100__d5e71a58.xlsx', '2023-08-30 12:31:00');
INSERT INTO public."values" VALUES ('2023-W35', '开发区管委会', '55.2', 55, 'lead', 80.55, true, '正常推进', '进出口总额累计完成80.55亿元。', '', '加快推进。', 'archive/2023-W35/开发区管委会/开发区管委会2023-W35推进情况__20230830-123100__d5e71a58.xlsx', '2023-08-30 12:31:00');
INSERT INTO public."values" VALUES ('2023-W35', '开发区管委会', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W35/开发区管委会/开发区管委会2023-W35推进情况__20230830-123100__d5e71a58.xlsx', '2023-08-30 12:31:00');
INSERT INTO public."values" VALUES ('2023-W35', '开发区管委会', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W35/开发区管委会/开发区管委会2023-W35推进情况__20230830-123100__d5e71a58.xlsx', '2023-08-30 12:31:00');
INSERT INTO public."values" VALUES ('2023-W35', '滨湖镇', '20', 20, 'co', NULL, true, '正常推进', '配合推进加快推进机场建设。', '', '继续配合。', 'archive/2023-W35/滨湖镇/滨湖镇2023-W35推进情况__20230830-151300__676172ae.xlsx', '2023-08-30 15:13:00');
INSERT INTO public."values" VALUES ('2023-W35', '滨湖镇', '28', 28, 'co', NULL, true, '正常推进', '配合推进持续激发城乡消费活力。', '', '继续配合。', 'archive/2023-W35/滨湖镇/滨湖镇2023-W35推进情况__20230830-151300__676172ae.xlsx', '2023-08-30 15:13:00');
INSERT INTO public."values" VALUES ('2023-W35', '生态环境滕州分局', '29', 29, 'co', NULL, true, '正常推进', '配合推进加快构建国土空间开发保护新格局。', '', '继续配合。', 'archive/2023-W35/生态环境滕州分局/生态环境滕州分局2023-W35推进情况__20230830-112300__efacca13.xlsx', '2023-08-30 11:23:00');
INSERT INTO public."values" VALUES ('2023-W35', '生态环境滕州分局', '30', 30, 'co', NULL, true, '正常推进', '配合推进扎实开展绿色低碳转型行动。', '', '继续配合。', 'archive/2023-W35/生态环境滕州分局/生态环境滕州分局2023-W35推进情况__20230830-112300__efacca13.xlsx', '2023-08-30 11:23:00');
INSERT INTO public."values" VALUES ('2023-W35', '生态环境滕州分局', '31', 31, 'lead', NULL, true, '正常推进', '配合推进深入推进环境污染防治。', '', '继续配合。', 'archive/2023-W35/生态环境滕州分局/生态环境滕州分局2023-W35推进情况__20230830-112300__efacca13.xlsx', '2023-08-30 11:23:00');
INSERT INTO public."values" VALUES ('2023-W35', '生态环境滕州分局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W35/生态环境滕州分局/生态环境滕州分局2023-W35推进情况__20230830-112300__efacca13.xlsx', '2023-08-30 11:23:00');
INSERT INTO public."values" VALUES ('2023-W35', '生态环境滕州分局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W35/生态环境滕州分局/生态环境滕州分局2023-W35推进情况__20230830-112300__efacca13.xlsx', '2023-08-30 11:23:00');
INSERT INTO public."values" VALUES ('2023-W35', '鲁南高科技化工园区', '10', 10, 'lead', NULL, true, '正常推进', '配合推进做大做强化工和新材料产业。', '', '继续配合。', 'archive/2023-W35/鲁南高科技化工园区/鲁南高科技化工园区2023-W35推进情况__20230901-172000__229bb6c3.xlsx', '2023-09-01 17:20:00');
INSERT INTO public."values" VALUES ('2023-W35', '鲁南高科技化工园区', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W35/鲁南高科技化工园区/鲁南高科技化工园区2023-W35推进情况__20230901-172000__229bb6c3.xlsx', '2023-09-01 17:20:00');
INSERT INTO public."values" VALUES ('2023-W35', '鲁南高科技化工园区', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W35/鲁南高科技化工园区/鲁南高科技化工园区2023-W35推进情况__20230901-172000__229bb6c3.xlsx', '2023-09-01 17:20:00');
INSERT INTO public."values" VALUES ('2023-W35', '市大数据中心', '14.1', 14, 'co', NULL, true, '正常推进', '配合推进加快数字经济发展。', '', '继续配合。', 'archive/2023-W35/市大数据中心/市大数据中心2023-W36推进情况__20230906-110900__8e8d7c33.xlsx', '2023-09-06 11:09:00');
INSERT INTO public."values" VALUES ('2023-W35', '市大数据中心', '27', 27, 'lead', NULL, true, '正常推进', '配合推进大力提升城市管理智慧化、精细化水平。', '', '继续配合。', 'archive/2023-W35/市大数据中心/市大数据中心2023-W36推进情况__20230906-110900__8e8d7c33.xlsx', '2023-09-06 11:09:00');
INSERT INTO public."values" VALUES ('2023-W35', '市大数据中心', '46', 46, 'co', NULL, true, '正常推进', '配合推进全力推进服务型数字政府建设。', '', '继续配合。', 'archive/2023-W35/市大数据中心/市大数据中心2023-W36推进情况__20230906-110900__8e8d7c33.xlsx', '2023-09-06 11:09:00');
INSERT INTO public."values" VALUES ('2023-W35', '市大数据中心', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W35/市大数据中心/市大数据中心2023-W36推进情况__20230906-110900__8e8d7c33.xlsx', '2023-09-06 11:09:00');
INSERT INTO public."values" VALUES ('2023-W35', '市大数据中心', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W35/市大数据中心/市大数据中心2023-W36推进情况__20230906-110900__8e8d7c33.xlsx', '2023-09-06 11:09:00');
INSERT INTO public."values" VALUES ('2023-W36', '市交通运输局', '18', 18, 'lead', NULL, true, '正常推进', '配合推进建设四通八达公路网。', '', '继续配合。', 'archive/2023-W36/市交通运输局/市交通运输局2023-W36推进情况__20230906-131100__01471a04.xlsx', '2023-09-06 13:11:00');
INSERT INTO public."values" VALUES ('2023-W36', '市交通运输局', '19', 19, 'co', NULL, true, '正常推进', '配合推进打造综合性现代化内河港口。', '', '继续配合。', 'archive/2023-W36/市交通运输局/市交通运输局2023-W36推进情况__20230906-131100__01471a04.xlsx', '2023-09-06 13:11:00');
INSERT INTO public."values" VALUES ('2023-W36', '市交通运输局', '20', 20, 'co', NULL, true, '正常推进', '配合推进加快推进机场建设。', '', '继续配合。', 'archive/2023-W36/市交通运输局/市交通运输局2023-W36推进情况__20230906-131100__01471a04.xlsx', '2023-09-06 13:11:00');
INSERT INTO public."values" VALUES ('2023-W36', '市交通运输局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W36/市交通运输局/市交通运输局2023-W36推进情况__20230906-131100__01471a04.xlsx', '2023-09-06 13:11:00');
INSERT INTO public."values" VALUES ('2023-W36', '市交通运输局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W36/市交通运输局/市交通运输局2023-W36推进情况__20230906-131100__01471a04.xlsx', '2023-09-06 13:11:00');
INSERT INTO public."values" VALUES ('2023-W36', '市住建局', '26.1', 26, 'lead', 19.94, true, '滞后', '老旧小区改造累计完成19.94个。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市住建局/市住建局2023-W36推进情况__20230905-111600__3f6bf3dc.xlsx', '2023-09-05 11:16:00');
INSERT INTO public."values" VALUES ('2023-W36', '市住建局', '26.2', 26, 'lead', 34.43, true, '滞后', '建筑整治改造面积累计完成34.43万平方米。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市住建局/市住建局2023-W36推进情况__20230905-111600__3f6bf3dc.xlsx', '2023-09-05 11:16:00');
INSERT INTO public."values" VALUES ('2023-W36', '市住建局', '26.3', 26, 'lead', 3301.24, true, '滞后', '涉及户数累计完成3301.24户。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市住建局/市住建局2023-W36推进情况__20230905-111600__3f6bf3dc.xlsx', '2023-09-05 11:16:00');
INSERT INTO public."values" VALUES ('2023-W36', '市住建局', '34.1', 34, 'lead', 107.44, true, '正常推进', '绿色建筑累计完成107.44万平方米。', '', '加快推进。', 'archive/2023-W36/市住建局/市住建局2023-W36推进情况__20230905-111600__3f6bf3dc.xlsx', '2023-09-05 11:16:00');
INSERT INTO public."values" VALUES ('2023-W36', '市住建局', '34.2', 34, 'lead', 75.67, true, '滞后', '光热建筑一体化面积累计完成75.67万平方米。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市住建局/市住建局2023-W36推进情况__20230905-111600__3f6bf3dc.xlsx', '2023-09-05 11:16:00');
INSERT INTO public."values" VALUES ('2023-W36', '市住建局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W36/市住建局/市住建局2023-W36推进情况__20230905-111600__3f6bf3dc.xlsx', '2023-09-05 11:16:00');
INSERT INTO public."values" VALUES ('2023-W36', '市住建局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W36/市住建局/市住建局2023-W36推进情况__20230905-111600__3f6bf3dc.xlsx', '2023-09-05 11:16:00');
INSERT INTO public."values" VALUES ('2023-W36', '市农业农村局', '28', 28, 'co', NULL, true, '正常推进', '配合推进持续激发城乡消费活力。', '', '继续配合。', 'archive/2023-W36/市农业农村局/市农业农村局2023-W36推进情况__20230906-092100__dc4c7586.xlsx', '2023-09-06 09:21:00');
INSERT INTO public."values" VALUES ('2023-W36', '市农业农村局', '29', 29, 'co', NULL, true, '正常推进', '配合推进加快构建国土空间开发保护新格局。', '', '继续配合。', 'archive/2023-W36/市农业农村局/市农业农村局2023-W36推进情况__20230906-092100__dc4c7586.xlsx', '2023-09-06 09:21:00');
INSERT INTO public."values" VALUES ('2023-W36', '市农业农村局', '42.1', 42, 'lead', 0.75, true, '正常推进', '繁种面积累计完成0.75万亩。', '', '加快推进。', 'archive/2023-W36/市农业农村局/市农业农村局2023-W36推进情况__20230906-092100__dc4c7586.xlsx', '2023-09-06 09:21:00');
INSERT INTO public."values" VALUES ('2023-W36', '市农业农村局', '43.1', 43, 'lead', 5.94, true, '正常推进', '新建和改造提升高标准农田面积累计完成5.94万亩。', '', '加快推进。', 'archive/2023-W36/市农业农村局/市农业农村局2023-W36推进情况__20230906-092100__dc4c7586.xlsx', '2023-09-06 09:21:00');
INSERT INTO public."values" VALUES ('2023-W36', '市农业农村局', '44.1', 44, 'lead', 321.97, true, '正常推进', '净水鱼苗放流累计完成321.97万尾。', '', '加快推进。', 'archive/2023-W36/市农业农村局/市农业农村局2023-W36推进情况__20230906-092100__dc4c7586.xlsx', '2023-09-06 09:21:00');
INSERT INTO public."values" VALUES ('2023-W36', '市农业农村局', '45.1', 45, 'lead', 0.73, true, '滞后', '能繁母猪累计完成0.73万头。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市农业农村局/市农业农村局2023-W36推进情况__20230906-092100__dc4c7586.xlsx', '2023-09-06 09:21:00');
INSERT INTO public."values" VALUES ('2023-W36', '市农业农村局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W36/市农业农村局/市农业农村局2023-W36推进情况__20230906-092100__dc4c7586.xlsx', '2023-09-06 09:21:00');
INSERT INTO public."values" VALUES ('2023-W36', '市农业农村局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W36/市农业农村局/市农业农村局2023-W36推进情况__20230906-092100__dc4c7586.xlsx', '2023-09-06 09:21:00');
INSERT INTO public."values" VALUES ('2023-W36', '市医保局', '66', 66, 'co', NULL, true, '正常推进', '配合推进推动低保扩围增效。', '', '继续配合。', 'archive/2023-W36/市医保局/市医保局2023-W36推进情况__20230905-153400__f21e545e.xlsx', '2023-09-05 15:34:00');
INSERT INTO public."values" VALUES ('2023-W36', '市医保局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W36/市医保局/市医保局2023-W36推进情况__20230905-153400__f21e545e.xlsx', '2023-09-05 15:34:00');
INSERT INTO public."values" VALUES ('2023-W36', '市医保局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W36/市医保局/市医保局2023-W36推进情况__20230905-153400__f21e545e.xlsx', '2023-09-05 15:34:00');
INSERT INTO public."values" VALUES ('2023-W36', '市卫健局', '6.1', 6, 'co', NULL, true, '正常推进', '配合推进培育引进创新人才。', '', '继续配合。', 'archive/2023-W36/市卫健局/市卫健局2023-W36推进情况__20230905-130400__8f7a2872.xlsx', '2023-09-05 13:04:00');
INSERT INTO public."values" VALUES ('2023-W36', '市卫健局', '6.2', 6, 'co', NULL, true, '正常推进', '配合推进培育引进创新人才。', '', '继续配合。', 'archive/2023-W36/市卫健局/市卫健局2023-W36推进情况__20230905-130400__8f7a2872.xlsx', '2023-09-05 13:04:00');
INSERT INTO public."values" VALUES ('2023-W36', '市卫健局', '13', 13, 'lead', NULL, true, '正常推进', '配合推进壮大医养健康规模体量。', '', '继续配合。', 'archive/2023-W36/市卫健局/市卫健局2023-W36推进情况__20230905-130400__8f7a2872.xlsx', '2023-09-05 13:04:00');
INSERT INTO public."values" VALUES ('2023-W36', '市卫健局', '69.1', 69, 'lead', NULL, false, '正常推进', '试点机构比例累计完成49.32%。', '', '加快推进。', 'archive/2023-W36/市卫健局/市卫健局2023-W36推进情况__20230905-130400__8f7a2872.xlsx', '2023-09-05 13:04:00');
INSERT INTO public."values" VALUES ('2023-W36', '市卫健局', '70', 70, 'lead', NULL, true, '正常推进', '配合推进着力做好疫情防控工作。', '', '继续配合。', 'archive/2023-W36/市卫健局/市卫健局2023-W36推进情况__20230905-130400__8f7a2872.xlsx', '2023-09-05 13:04:00');
INSERT INTO public."values" VALUES ('2023-W36', '市卫健局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W36/市卫健局/市卫健局2023-W36推进情况__20230905-130400__8f7a2872.xlsx', '2023-09-05 13:04:00');
INSERT INTO public."values" VALUES ('2023-W36', '市卫健局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W36/市卫健局/市卫健局2023-W36推进情况__20230905-130400__8f7a2872.xlsx', '2023-09-05 13:04:00');
INSERT INTO public."values" VALUES ('2023-W36', '市发改局', '7', 7, 'lead', NULL, true, '正常推进', '配合推进精准管控“两高”行业。', '', '继续配合。', 'archive/2023-W36/市发改局/市发改局2023-W36推进情况__20230905-150600__83943811.xlsx', '2023-09-05 15:06:00');
INSERT INTO public."values" VALUES ('2023-W36', '市发改局', '12', 12, 'lead', NULL, true, '正常推进', '配合推进大力发展锂电和新能源产业。', '', '继续配合。', 'archive/2023-W36/市发改局/市发改局2023-W36推进情况__20230905-150600__83943811.xlsx', '2023-09-05 15:06:00');
INSERT INTO public."values" VALUES ('2023-W36', '市发改局', '18', 18, 'co', NULL, true, '正常推进', '配合推进建设四通八达公路网。', '', '继续配合。', 'archive/2023-W36/市发改局/市发改局2023-W36推进情况__20230905-150600__83943811.xlsx', '2023-09-05 15:06:00');
INSERT INTO public."values" VALUES ('2023-W36', '市发改局', '19', 19, 'co', NULL, true, '正常推进', '配合推进打造综合性现代化内河港口。', '', '继续配合。', 'archive/2023-W36/市发改局/市发改局2023-W36推进情况__20230905-150600__83943811.xlsx', '2023-09-05 15:06:00');
INSERT INTO public."values" VALUES ('2023-W36', '市发改局', '20', 20, 'lead', NULL, true, '正常推进', '配合推进加快推进机场建设。', '', '继续配合。', 'archive/2023-W36/市发改局/市发改局2023-W36推进情况__20230905-150600__83943811.xlsx', '2023-09-05 15:06:00');
INSERT INTO public."values" VALUES ('2023-W36', '市发改局', '21', 21, 'lead', NULL, true, '正常推进', '配合推进大力发展可再生能源。', '', '继续配合。', 'archive/2023-W36/市发改局/市发改局2023-W36推进情况__20230905-150600__83943811.xlsx', '2023-09-05 15:06:00');
INSERT INTO public."values" VALUES ('2023-W36', '市发改局', '22', 22, 'lead', NULL, true, '正常推进', '配合推进持续优化煤电产业结构。', '', '继续配合。', 'archive/2023-W36/市发改局/市发改局2023-W36推进情况__20230905-150600__83943811.xlsx', '2023-09-05 15:06:00');
INSERT INTO public."values" VALUES ('2023-W36', '市发改局', '23', 23, 'lead', NULL, true, '正常推进', '配合推进提升电力系统调节能力。', '', '继续配合。', 'archive/2023-W36/市发改局/市发改局2023-W36推进情况__20230905-150600__83943811.xlsx', '2023-09-05 15:06:00');
INSERT INTO public."values" VALUES ('2023-W36', '市发改局', '24.1', 24, 'lead', 0.8, true, '滞后', '智能化开采煤矿累计完成0.8处。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市发改局/市发改局2023-W36推进情况__20230905-150600__83943811.xlsx', '2023-09-05 15:06:00');
INSERT INTO public."values" VALUES ('2023-W36', '市发改局', '24.2', 24, 'lead', 16.51, true, '正常推进', '煤炭智能化产量比重累计完成16.51%。', '', '加快推进。', 'archive/2023-W36/市发改局/市发改局2023-W36推进情况__20230905-150600__83943811.xlsx', '2023-09-05 15:06:00');
INSERT INTO public."values" VALUES ('2023-W36', '市发改局', '25.1', 25, 'co', NULL, true, '正常推进', '配合推进加强水土流失综合治理。', '', '继续配合。', 'archive/2023-W36/市发改局/市发改局2023-W36推进情况__20230905-150600__83943811.xlsx', '2023-09-05 15:06:00');
INSERT INTO public."values" VALUES ('2023-W36', '市发改局', '25.2', 25, 'co', NULL, true, '正常推进', '配合推进加强水土流失综合治理。', '', '继续配合。', 'archive/2023-W36/市发改局/市发改局2023-W36推进情况__20230905-150600__83943811.xlsx', '2023-09-05 15:06:00');
INSERT INTO public."values" VALUES ('2023-W36', '市发改局', '25.3', 25, 'co', NULL, true, '正常推进', '配合推进加强水土流失综合治理。', '', '继续配合。', 'archive/2023-W36/市发改局/市发改局2023-W36推进情况__20230905-150600__83943811.xlsx', '2023-09-05 15:06:00');
INSERT INTO public."values" VALUES ('2023-W36', '市发改局', '26.1', 26, 'co', NULL, true, '正常推进', '配合推进推进城市更新行动。', '', '继续配合。', 'archive/2023-W36/市发改局/市发改局2023-W36推进情况__20230905-150600__83943811.xlsx', '2023-09-05 15:06:00');
INSERT INTO public."values" VALUES ('2023-W36', '市发改局', '26.2', 26, 'co', NULL, true, '正常推进', '配合推进推进城市更新行动。', '', '继续配合。', 'archive/2023-W36/市发改局/市发改局2023-W36推进情况__20230905-150600__83943811.xlsx', '2023-09-05 15:06:00');
INSERT INTO public."values" VALUES ('2023-W36', '市发改局', '26.3', 26, 'co', NULL, true, '正常推进', '配合推进推进城市更新行动。', '', '继续配合。', 'archive/2023-W36/市发改局/市发改局2023-W36推进情况__20230905-150600__83943811.xlsx', '2023-09-05 15:06:00');
INSERT INTO public."values" VALUES ('2023-W36', '市发改局', '30', 30, 'lead', NULL, true, '正常推进', '配合推进扎实开展绿色低碳转型行动。', '', '继续配合。', 'archive/2023-W36/市发改局/市发改局2023-W36推进情况__20230905-150600__83943811.xlsx', '2023-09-05 15:06:00');
INSERT INTO public."values" VALUES ('2023-W36', '市发改局', '41', 41, 'lead', NULL, true, '正常推进', '配合推进开展“十百千”示范工程。', '', '继续配合。', 'archive/2023-W36/市发改局/市发改局2023-W36推进情况__20230905-150600__83943811.xlsx', '2023-09-05 15:06:00');
INSERT INTO public."values" VALUES ('2023-W36', '市发改局', '46', 46, 'co', NULL, true, '正常推进', '配合推进全力推进服务型数字政府建设。', '', '继续配合。', 'archive/2023-W36/市发改局/市发改局2023-W36推进情况__20230905-150600__83943811.xlsx', '2023-09-05 15:06:00');
INSERT INTO public."values" VALUES ('2023-W36', '市发改局', '53', 53, 'co', NULL, true, '正常推进', '配合推进优化提升外资企业服务。', '', '继续配合。', 'archive/2023-W36/市发改局/市发改局2023-W36推进情况__20230905-150600__83943811.xlsx', '2023-09-05 15:06:00');
INSERT INTO public."values" VALUES ('2023-W36', '市发改局', '59', 59, 'co', NULL, true, '正常推进', '配合推进加强大运河文化体验廊道建设。', '', '继续配合。', 'archive/2023-W36/市发改局/市发改局2023-W36推进情况__20230905-150600__83943811.xlsx', '2023-09-05 15:06:00');
INSERT INTO public."values" VALUES ('2023-W36', '市发改局', '63', 63, 'lead', NULL, true, '正常推进', '配合推进落实省推进共同富裕顶层设计。', '', '继续配合。', 'archive/2023-W36/市发改局/市发改局2023-W36推进情况__20230905-150600__83943811.xlsx', '2023-09-05 15:06:00');
INSERT INTO public."values" VALUES ('2023-W36', '市发改局', '73', 73, 'co', NULL, true, '正常推进', '配合推进加强组织领导。', '', '继续配合。', 'archive/2023-W36/市发改局/市发改局2023-W36推进情况__20230905-150600__83943811.xlsx', '2023-09-05 15:06:00');
INSERT INTO public."values" VALUES ('2023-W36', '市发改局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W36/市发改局/市发改局2023-W36推进情况__20230905-150600__83943811.xlsx', '2023-09-05 15:06:00');
INSERT INTO public."values" VALUES ('2023-W36', '市发改局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W36/市发改局/市发改局2023-W36推进情况__20230905-150600__83943811.xlsx', '2023-09-05 15:06:00');
INSERT INTO public."values" VALUES ('2023-W36', '市司法局', '46', 46, 'co', NULL, true, '正常推进', '配合推进全力推进服务型数字政府建设。', '', '继续配合。', 'archive/2023-W36/市司法局/市司法局2023-W36推进情况__20230905-092800__95c02fee.xlsx', '2023-09-05 09:28:00');
INSERT INTO public."values" VALUES ('2023-W36', '市司法局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W36/市司法局/市司法局2023-W36推进情况__20230905-092800__95c02fee.xlsx', '2023-09-05 09:28:00');
INSERT INTO public."values" VALUES ('2023-W36', '市司法局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W36/市司法局/市司法局2023-W36推进情况__20230905-092800__95c02fee.xlsx', '2023-09-05 09:28:00');
INSERT INTO public."values" VALUES ('2023-W36', '市商投局', '28', 28, 'co', NULL, true, '正常推进', '配合推进持续激发城乡消费活力。', '', '继续配合。', 'archive/2023-W36/市商投局/市商投局2023-W36推进情况__20230905-152000__10c6939f.xlsx', '2023-09-05 15:20:00');
INSERT INTO public."values" VALUES ('2023-W36', '市商投局', '49', 49, 'lead', NULL, true, '正常推进', '配合推进推进出口提质增效。', '', '继续配合。', 'archive/2023-W36/市商投局/市商投局2023-W36推进情况__20230905-152000__10c6939f.xlsx', '2023-09-05 15:20:00');
INSERT INTO public."values" VALUES ('2023-W36', '市商投局', '50.1', 50, 'lead', 1.8, true, '滞后', '进口博览会累计完成1.8个。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市商投局/市商投局2023-W36推进情况__20230905-152000__10c6939f.xlsx', '2023-09-05 15:20:00');
INSERT INTO public."values" VALUES ('2023-W36', '市商投局', '51', 51, 'lead', NULL, true, '正常推进', '配合推进提升跨境电商发展质效。', '', '继续配合。', 'archive/2023-W36/市商投局/市商投局2023-W36推进情况__20230905-152000__10c6939f.xlsx', '2023-09-05 15:20:00');
INSERT INTO public."values" VALUES ('2023-W36', '市商投局', '53', 53, 'lead', NULL, true, '正常推进', '配合推进优化提升外资企业服务。', '', '继续配合。', 'archive/2023-W36/市商投局/市商投局2023-W36推进情况__20230905-152000__10c6939f.xlsx', '2023-09-05 15:20:00');
INSERT INTO public."values" VALUES ('2023-W36', '市商投局', '54', 54, 'lead', NULL, true, '正常推进', '配合推进积极复制推广山东自贸区制度创新成果。', '', '继续配合。', 'archive/2023-W36/市商投局/市商投局2023-W36推进情况__20230905-152000__10c6939f.xlsx', '2023-09-05 15:20:00');
INSERT INTO public."values" VALUES ('2023-W36', '市商投局', '56', 56, 'lead', NULL, true, '正常推进', '配合推进加强与重点国别地区经贸合作。', '', '继续配合。', 'archive/2023-W36/市商投局/市商投局2023-W36推进情况__20230905-152000__10c6939f.xlsx', '2023-09-05 15:20:00');
INSERT INTO public."values" VALUES ('2023-W36', '市商投局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W36/市商投局/市商投局2023-W36推进情况__20230905-152000__10c6939f.xlsx', '2023-09-05 15:20:00');
INSERT INTO public."values" VALUES ('2023-W36', '市商投局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W36/市商投局/市商投局2023-W36推进情况__20230905-152000__10c6939f.xlsx', '2023-09-05 15:20:00');
INSERT INTO public."values" VALUES ('2023-W36', '市国资局', '5.1', 5, 'co', NULL, true, '正常推进', '配合推进优化创新创业环境。', '', '继续配合。', 'archive/2023-W36/市国资局/市国资局2023-W36推进情况__20230905-110200__e86be10c.xlsx', '2023-09-05 11:02:00');
INSERT INTO public."values" VALUES ('2023-W36', '市国资局', '5.2', 5, 'co', NULL, true, '正常推进', '配合推进优化创新创业环境。', '', '继续配合。', 'archive/2023-W36/市国资局/市国资局2023-W36推进情况__20230905-110200__e86be10c.xlsx', '2023-09-05 11:02:00');
INSERT INTO public."values" VALUES ('2023-W36', '市国资局', '48.1', 48, 'lead', 1.82, true, '正常推进', '营业收入过100亿元企业累计完成1.82家。', '', '加快推进。', 'archive/2023-W36/市国资局/市国资局2023-W36推进情况__20230905-110200__e86be10c.xlsx', '2023-09-05 11:02:00');
INSERT INTO public."values" VALUES ('2023-W36', '市国资局', '48.2', 48, 'lead', 11.25, true, '滞后', '营业收入过10亿元企业累计完成11.25家。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市国资局/市国资局2023-W36推进情况__20230905-110200__e86be10c.xlsx', '2023-09-05 11:02:00');
INSERT INTO public."values" VALUES ('2023-W36', '市国资局', '48.3', 48, 'lead', 426.34, true, '正常推进', '规上工业企业累计完成426.34家。', '', '加快推进。', 'archive/2023-W36/市国资局/市国资局2023-W36推进情况__20230905-110200__e86be10c.xlsx', '2023-09-05 11:02:00');
INSERT INTO public."values" VALUES ('2023-W36', '市国资局', '48.4', 48, 'lead', 1.43, true, '正常推进', '省级技术创新示范企业累计完成1.43家。', '', '加快推进。', 'archive/2023-W36/市国资局/市国资局2023-W36推进情况__20230905-110200__e86be10c.xlsx', '2023-09-05 11:02:00');
INSERT INTO public."values" VALUES ('2023-W36', '市国资局', '48.5', 48, 'lead', 1.19, true, '滞后', '工业互联网平台、工业互联网典型应用场景或各类标杆企业累计完成1.19个。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市国资局/市国资局2023-W36推进情况__20230905-110200__e86be10c.xlsx', '2023-09-05 11:02:00');
INSERT INTO public."values" VALUES ('2023-W36', '市国资局', '48.6', 48, 'lead', 1.65, true, '滞后', '省级智能工厂(数字化车间)累计完成1.65家。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市国资局/市国资局2023-W36推进情况__20230905-110200__e86be10c.xlsx', '2023-09-05 11:02:00');
INSERT INTO public."values" VALUES ('2023-W36', '市国资局', '48.7', 48, 'lead', 146.44, true, '正常推进', '国企融资规模累计完成146.44亿元。', '', '加快推进。', 'archive/2023-W36/市国资局/市国资局2023-W36推进情况__20230905-110200__e86be10c.xlsx', '2023-09-05 11:02:00');
INSERT INTO public."values" VALUES ('2023-W36', '市国资局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W36/市国资局/市国资局2023-W36推进情况__20230905-110200__e86be10c.xlsx', '2023-09-05 11:02:00');
INSERT INTO public."values" VALUES ('2023-W36', '市国资局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W36/市国资局/市国资局2023-W36推进情况__20230905-110200__e86be10c.xlsx', '2023-09-05 11:02:00');
INSERT INTO public."values" VALUES ('2023-W36', '市城乡水务局', '25.1', 25, 'lead', 5.5, true, '滞后', '水土流失治理面积累计完成5.5平方公里。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市城乡水务局/市城乡水务局2023-W36推进情况__20230906-101500__d3791f8b.xlsx', '2023-09-06 10:15:00');
INSERT INTO public."values" VALUES ('2023-W36', '市城乡水务局', '25.2', 25, 'lead', 0.41, true, '滞后', '省级水土保持生态清洁小流域累计完成0.41条。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市城乡水务局/市城乡水务局2023-W36推进情况__20230906-101500__d3791f8b.xlsx', '2023-09-06 10:15:00');
INSERT INTO public."values" VALUES ('2023-W36', '市城乡水务局', '25.3', 25, 'lead', 79.53, true, '滞后', '水土保持率累计完成79.53%。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市城乡水务局/市城乡水务局2023-W36推进情况__20230906-101500__d3791f8b.xlsx', '2023-09-06 10:15:00');
INSERT INTO public."values" VALUES ('2023-W36', '市城乡水务局', '33.1', 33, 'lead', 1.07, true, '滞后', '年度用水总量累计完成1.07亿立方米。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市城乡水务局/市城乡水务局2023-W36推进情况__20230906-101500__d3791f8b.xlsx', '2023-09-06 10:15:00');
INSERT INTO public."values" VALUES ('2023-W36', '市城乡水务局', '33.2', 33, 'lead', 0.08, true, '滞后', '非常规水源利用量累计完成0.08亿立方米。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市城乡水务局/市城乡水务局2023-W36推进情况__20230906-101500__d3791f8b.xlsx', '2023-09-06 10:15:00');
INSERT INTO public."values" VALUES ('2023-W36', '市城乡水务局', '37.1', 37, 'lead', 0.65, true, '正常推进', '城区污水处理厂提标累计完成0.65座。', '', '加快推进。', 'archive/2023-W36/市城乡水务局/市城乡水务局2023-W36推进情况__20230906-101500__d3791f8b.xlsx', '2023-09-06 10:15:00');
INSERT INTO public."values" VALUES ('2023-W36', '市城乡水务局', '39', 39, 'lead', NULL, true, '正常推进', '配合推进全方位落实“四水四定”原则。', '', '继续配合。', 'archive/2023-W36/市城乡水务局/市城乡水务局2023-W36推进情况__20230906-101500__d3791f8b.xlsx', '2023-09-06 10:15:00');
INSERT INTO public."values" VALUES ('2023-W36', '市城乡水务局', '40', 40, 'lead', NULL, true, '正常推进', '配合推进推进一批重点工程。', '', '继续配合。', 'archive/2023-W36/市城乡水务局/市城乡水务局2023-W36推进情况__20230906-101500__d3791f8b.xlsx', '2023-09-06 10:15:00');
INSERT INTO public."values" VALUES ('2023-W36', '市城乡水务局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W36/市城乡水务局/市城乡水务局2023-W36推进情况__20230906-101500__d3791f8b.xlsx', '2023-09-06 10:15:00');
INSERT INTO public."values" VALUES ('2023-W36', '市城乡水务局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W36/市城乡水务局/市城乡水务局2023-W36推进情况__20230906-101500__d3791f8b.xlsx', '2023-09-06 10:15:00');
INSERT INTO public."values" VALUES ('2023-W36', '市委办公室', '73', 73, 'lead', NULL, true, '正常推进', '配合推进加强组织领导。', '', '继续配合。', 'archive/2023-W36/市委办公室/市委办公室2023-W36推进情况__20230905-103600__64a92ba9.xlsx', '2023-09-05 10:36:00');
INSERT INTO public."values" VALUES ('2023-W36', '市委办公室', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W36/市委办公室/市委办公室2023-W36推进情况__20230905-103600__64a92ba9.xlsx', '2023-09-05 10:36:00');
INSERT INTO public."values" VALUES ('2023-W36', '市委办公室', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W36/市委办公室/市委办公室2023-W36推进情况__20230905-103600__64a92ba9.xlsx', '2023-09-05 10:36:00');
INSERT INTO public."values" VALUES ('2023-W36', '市委宣传部', '57', 57, 'lead', NULL, true, '正常推进', '配合推进持续深化文明培育。', '', '继续配合。', 'archive/2023-W36/市委宣传部/市委宣传部2023-W36推进情况__20230905-133200__bcf8e522.xlsx', '2023-09-05 13:32:00');
INSERT INTO public."values" VALUES ('2023-W36', '市委宣传部', '59', 59, 'co', NULL, true, '正常推进', '配合推进加强大运河文化体验廊道建设。', '', '继续配合。', 'archive/2023-W36/市委宣传部/市委宣传部2023-W36推进情况__20230905-133200__bcf8e522.xlsx', '2023-09-05 13:32:00');
INSERT INTO public."values" VALUES ('2023-W36', '市委宣传部', '60.1', 60, 'lead', 74.49, true, '滞后', '村居综合文化服务中心器材配送累计完成74.49个。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市委宣传部/市委宣传部2023-W36推进情况__20230905-133200__bcf8e522.xlsx', '2023-09-05 13:32:00');
INSERT INTO public."values" VALUES ('2023-W36', '市委宣传部', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W36/市委宣传部/市委宣传部2023-W36推进情况__20230905-133200__bcf8e522.xlsx', '2023-09-05 13:32:00');
INSERT INTO public."values" VALUES ('2023-W36', '市委宣传部', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W36/市委宣传部/市委宣传部2023-W36推进情况__20230905-133200__bcf8e522.xlsx', '2023-09-05 13:32:00');
INSERT INTO public."values" VALUES ('2023-W36', '市委组织部', '2.1', 2, 'lead', 2.73, true, '滞后', '省级新型研发机构总量累计完成2.73家。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市委组织部/市委组织部2023-W36推进情况__20230906-100100__c0b6c462.xlsx', '2023-09-06 10:01:00');
INSERT INTO public."values" VALUES ('2023-W36', '市委组织部', '2.2', 2, 'lead', 2.36, true, '正常推进', '省级以上创新平台累计完成2.36家。', '', '加快推进。', 'archive/2023-W36/市委组织部/市委组织部2023-W36推进情况__20230906-100100__c0b6c462.xlsx', '2023-09-06 10:01:00');
INSERT INTO public."values" VALUES ('2023-W36', '市委组织部', '6.1', 6, 'lead', 1.26, true, '滞后', '泰山人才工程入选人数累计完成1.26人。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市委组织部/市委组织部2023-W36推进情况__20230906-100100__c0b6c462.xlsx', '2023-09-06 10:01:00');
INSERT INTO public."values" VALUES ('2023-W36', '市委组织部', '6.2', 6, 'lead', 6.7, true, '正常推进', '高层次科技人才累计完成6.7人。', '', '加快推进。', 'archive/2023-W36/市委组织部/市委组织部2023-W36推进情况__20230906-100100__c0b6c462.xlsx', '2023-09-06 10:01:00');
INSERT INTO public."values" VALUES ('2023-W36', '市委组织部', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W36/市委组织部/市委组织部2023-W36推进情况__20230906-100100__c0b6c462.xlsx', '2023-09-06 10:01:00');
INSERT INTO public."values" VALUES ('2023-W36', '市委组织部', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W36/市委组织部/市委组织部2023-W36推进情况__20230906-100100__c0b6c462.xlsx', '2023-09-06 10:01:00');
INSERT INTO public."values" VALUES ('2023-W36', '市委编办', '46', 46, 'co', NULL, true, '正常推进', '配合推进全力推进服务型数字政府建设。', '', '继续配合。', 'archive/2023-W36/市委编办/市委编办2023-W36推进情况__20230906-152700__e78a91b5.xlsx', '2023-09-06 15:27:00');
INSERT INTO public."values" VALUES ('2023-W36', '市委编办', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W36/市委编办/市委编办2023-W36推进情况__20230906-152700__e78a91b5.xlsx', '2023-09-06 15:27:00');
INSERT INTO public."values" VALUES ('2023-W36', '市委编办', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W36/市委编办/市委编办2023-W36推进情况__20230906-152700__e78a91b5.xlsx', '2023-09-06 15:27:00');
INSERT INTO public."values" VALUES ('2023-W36', '市工信局', '6.1', 6, 'co', NULL, true, '正常推进', '配合推进培育引进创新人才。', '', '继续配合。', 'archive/2023-W36/市工信局/市工信局2023-W36推进情况__20230906-140500__70c01d9d.xlsx', '2023-09-06 14:05:00');
INSERT INTO public."values" VALUES ('2023-W36', '市工信局', '6.2', 6, 'co', NULL, true, '正常推进', '配合推进培育引进创新人才。', '', '继续配合。', 'archive/2023-W36/市工信局/市工信局2023-W36推进情况__20230906-140500__70c01d9d.xlsx', '2023-09-06 14:05:00');
INSERT INTO public."values" VALUES ('2023-W36', '市工信局', '7', 7, 'co', NULL, true, '正常推进', '配合推进精准管控“两高”行业。', '', '继续配合。', 'archive/2023-W36/市工信局/市工信局2023-W36推进情况__20230906-140500__70c01d9d.xlsx', '2023-09-06 14:05:00');
INSERT INTO public."values" VALUES ('2023-W36', '市工信局', '8.1', 8, 'lead', 81.82, true, '正常推进', '500万元以上工业技改项目累计完成81.82个。', '', '加快推进。', 'archive/2023-W36/市工信局/市工信局2023-W36推进情况__20230906-140500__70c01d9d.xlsx', '2023-09-06 14:05:00');
INSERT INTO public."values" VALUES ('2023-W36', '市工信局', '9', 9, 'lead', NULL, true, '正常推进', '配合推进实施融链固链行动。', '', '继续配合。', 'archive/2023-W36/市工信局/市工信局2023-W36推进情况__20230906-140500__70c01d9d.xlsx', '2023-09-06 14:05:00');
INSERT INTO public."values" VALUES ('2023-W36', '市工信局', '11', 11, 'lead', NULL, true, '正常推进', '配合推进打造机床和高端装备产业集群。', '', '继续配合。', 'archive/2023-W36/市工信局/市工信局2023-W36推进情况__20230906-140500__70c01d9d.xlsx', '2023-09-06 14:05:00');
INSERT INTO public."values" VALUES ('2023-W36', '市工信局', '14.1', 14, 'lead', 311.38, true, '滞后', '5G基站累计完成311.38个。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市工信局/市工信局2023-W36推进情况__20230906-140500__70c01d9d.xlsx', '2023-09-06 14:05:00');
INSERT INTO public."values" VALUES ('2023-W36', '市工信局', '15', 15, 'lead', NULL, true, '正常推进', '配合推进严格化工园区管理。', '', '继续配合。', 'archive/2023-W36/市工信局/市工信局2023-W36推进情况__20230906-140500__70c01d9d.xlsx', '2023-09-06 14:05:00');
INSERT INTO public."values" VALUES ('2023-W36', '市工信局', '16.1', 16, 'lead', 8.86, true, '滞后', '专精特新中小企业累计完成8.86家。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市工信局/市工信局2023-W36推进情况__20230906-140500__70c01d9d.xlsx', '2023-09-06 14:05:00');
INSERT INTO public."values" VALUES ('2023-W36', '市工信局', '16.2', 16, 'lead', 0.5, true, '滞后', '专精特新“小巨人”企业累计完成0.5家。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市工信局/市工信局2023-W36推进情况__20230906-140500__70c01d9d.xlsx', '2023-09-06 14:05:00');
INSERT INTO public."values" VALUES ('2023-W36', '市工信局', '35.1', 35, 'lead', 1.7, true, '滞后', '枣庄市级以上绿色工厂累计完成1.7家。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市工信局/市工信局2023-W36推进情况__20230906-140500__70c01d9d.xlsx', '2023-09-06 14:05:00');
INSERT INTO public."values" VALUES ('2023-W36', '市工信局', '36', 36, 'lead', NULL, true, '正常推进', '配合推进强化工业资源综合利用。', '', '继续配合。', 'archive/2023-W36/市工信局/市工信局2023-W36推进情况__20230906-140500__70c01d9d.xlsx', '2023-09-06 14:05:00');
INSERT INTO public."values" VALUES ('2023-W36', '市工信局', '48.1', 48, 'co', NULL, true, '正常推进', '配合推进激发市场主体活力。', '', '继续配合。', 'archive/2023-W36/市工信局/市工信局2023-W36推进情况__20230906-140500__70c01d9d.xlsx', '2023-09-06 14:05:00');
INSERT INTO public."values" VALUES ('2023-W36', '市工信局', '48.2', 48, 'co', NULL, true, '正常推进', '配合推进激发市场主体活力。', '', '继续配合。', 'archive/2023-W36/市工信局/市工信局2023-W36推进情况__20230906-140500__70c01d9d.xlsx', '2023-09-06 14:05:00');
INSERT INTO public."values" VALUES ('2023-W36', '市工信局', '48.3', 48, 'co', NULL, true, '正常推进', '配合推进激发市场主体活力。', '', '继续配合。', 'archive/2023-W36/市工信局/市工信局2023-W36推进情况__20230906-140500__70c01d9d.xlsx', '2023-09-06 14:05:00');
INSERT INTO public."values" VALUES ('2023-W36', '市工信局', '48.4', 48, 'co', NULL, true, '正常推进', '配合推进激发市场主体活力。', '', '继续配合。', 'archive/2023-W36/市工信局/市工信局2023-W36推进情况__20230906-140500__70c01d9d.xlsx', '2023-09-06 14:05:00');
INSERT INTO public."values" VALUES ('2023-W36', '市工信局', '48.5', 48, 'co', NULL, true, '正常推进', '配合推进激发市场主体活力。', '', '继续配合。', 'archive/2023-W36/市工信局/市工信局2023-W36推进情况__20230906-140500__70c01d9d.xlsx', '2023-09-06 14:05:00');
INSERT INTO public."values" VALUES ('2023-W36', '市工信局', '48.6', 48, 'co', NULL, true, '正常推进', '配合推进激发市场主体活力。', '', '继续配合。', 'archive/2023-W36/市工信局/市工信局2023-W36推进情况__20230906-140500__70c01d9d.xlsx', '2023-09-06 14:05:00');
INSERT INTO public."values" VALUES ('2023-W36', '市工信局', '48.7', 48, 'co', NULL, true, '正常推进', '配合推进激发市场主体活力。', '', '继续配合。', 'archive/2023-W36/市工信局/市工信局2023-W36推进情况__20230906-140500__70c01d9d.xlsx', '2023-09-06 14:05:00');
INSERT INTO public."values" VALUES ('2023-W36', '市工信局', '49', 49, 'co', NULL, true, '正常推进', '配合推进推进出口提质增效。', '', '继续配合。', 'archive/2023-W36/市工信局/市工信局2023-W36推进情况__20230906-140500__70c01d9d.xlsx', '2023-09-06 14:05:00');
INSERT INTO public."values" VALUES ('2023-W36', '市工信局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W36/市工信局/市工信局2023-W36推进情况__20230906-140500__70c01d9d.xlsx', '2023-09-06 14:05:00');
INSERT INTO public."values" VALUES ('2023-W36', '市工信局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W36/市工信局/市工信局2023-W36推进情况__20230906-140500__70c01d9d.xlsx', '2023-09-06 14:05:00');
INSERT INTO public."values" VALUES ('2023-W36', '市市场监管局', '46', 46, 'co', NULL, true, '正常推进', '配合推进全力推进服务型数字政府建设。', '', '继续配合。', 'archive/2023-W36/市市场监管局/市市场监管局2023-W36推进情况__20230906-102900__da2d6ff9.xlsx', '2023-09-06 10:29:00');
INSERT INTO public."values" VALUES ('2023-W36', '市市场监管局', '48.1', 48, 'co', NULL, true, '正常推进', '配合推进激发市场主体活力。', '', '继续配合。', 'archive/2023-W36/市市场监管局/市市场监管局2023-W36推进情况__20230906-102900__da2d6ff9.xlsx', '2023-09-06 10:29:00');
INSERT INTO public."values" VALUES ('2023-W36', '市市场监管局', '48.2', 48, 'co', NULL, true, '正常推进', '配合推进激发市场主体活力。', '', '继续配合。', 'archive/2023-W36/市市场监管局/市市场监管局2023-W36推进情况__20230906-102900__da2d6ff9.xlsx', '2023-09-06 10:29:00');
INSERT INTO public."values" VALUES ('2023-W36', '市市场监管局', '48.3', 48, 'co', NULL, true, '正常推进', '配合推进激发市场主体活力。', '', '继续配合。', 'archive/2023-W36/市市场监管局/市市场监管局2023-W36推进情况__20230906-102900__da2d6ff9.xlsx', '2023-09-06 10:29:00');
INSERT INTO public."values" VALUES ('2023-W36', '市市场监管局', '48.4', 48, 'co', NULL, true, '正常推进', '配合推进激发市场主体活力。', '', '继续配合。', 'archive/2023-W36/市市场监管局/市市场监管局2023-W36推进情况__20230906-102900__da2d6ff9.xlsx', '2023-09-06 10:29:00');
INSERT INTO public."values" VALUES ('2023-W36', '市市场监管局', '48.5', 48, 'co', NULL, true, '正常推进', '配合推进激发市场主体活力。', '', '继续配合。', 'archive/2023-W36/市市场监管局/市市场监管局2023-W36推进情况__20230906-102900__da2d6ff9.xlsx', '2023-09-06 10:29:00');
INSERT INTO public."values" VALUES ('2023-W36', '市市场监管局', '48.6', 48, 'co', NULL, true, '正常推进', '配合推进激发市场主体活力。', '', '继续配合。', 'archive/2023-W36/市市场监管局/市市场监管局2023-W36推进情况__20230906-102900__da2d6ff9.xlsx', '2023-09-06 10:29:00');
INSERT INTO public."values" VALUES ('2023-W36', '市市场监管局', '48.7', 48, 'co', NULL, true, '正常推进', '配合推进激发市场主体活力。', '', '继续配合。', 'archive/2023-W36/市市场监管局/市市场监管局2023-W36推进情况__20230906-102900__da2d6ff9.xlsx', '2023-09-06 10:29:00');
INSERT INTO public."values" VALUES ('2023-W36', '市市场监管局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W36/市市场监管局/市市场监管局2023-W36推进情况__20230906-102900__da2d6ff9.xlsx', '2023-09-06 10:29:00');
INSERT INTO public."values" VALUES ('2023-W36', '市市场监管局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W36/市市场监管局/市市场监管局2023-W36推进情况__20230906-102900__da2d6ff9.xlsx', '2023-09-06 10:29:00');
INSERT INTO public."values" VALUES ('2023-W36', '市应急局', '71', 71, 'lead', NULL, true, '正常推进', '配合推进着力抓实安全生产。', '', '继续配合。', 'archive/2023-W36/市应急局/市应急局2023-W36推进情况__20230906-093500__895a67bc.xlsx', '2023-09-06 09:35:00');
INSERT INTO public."values" VALUES ('2023-W36', '市应急局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W36/市应急局/市应急局2023-W36推进情况__20230906-093500__895a67bc.xlsx', '2023-09-06 09:35:00');
INSERT INTO public."values" VALUES ('2023-W36', '市应急局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W36/市应急局/市应急局2023-W36推进情况__20230906-093500__895a67bc.xlsx', '2023-09-06 09:35:00');
INSERT INTO public."values" VALUES ('2023-W36', '市招商引资中心', '52', 52, 'lead', NULL, true, '正常推进', '配合推进大力推进产业链招商。', '', '继续配合。', 'archive/2023-W36/市招商引资中心/市招商引资中心2023-W36推进情况__20230905-113000__6463f92b.xlsx', '2023-09-05 11:30:00');
INSERT INTO public."values" VALUES ('2023-W36', '市招商引资中心', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W36/市招商引资中心/市招商引资中心2023-W36推进情况__20230905-113000__6463f92b.xlsx', '2023-09-05 11:30:00');
INSERT INTO public."values" VALUES ('2023-W36', '市招商引资中心', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W36/市招商引资中心/市招商引资中心2023-W36推进情况__20230905-113000__6463f92b.xlsx', '2023-09-05 11:30:00');
INSERT INTO public."values" VALUES ('2023-W36', '市政府办公室', '46', 46, 'lead', NULL, true, '正常推进', '配合推进全力推进服务型数字政府建设。', '', '继续配合。', 'archive/2023-W36/市政府办公室/市政府办公室2023-W36推进情况__20230905-142600__353eb298.xlsx', '2023-09-05 14:26:00');
INSERT INTO public."values" VALUES ('2023-W36', '市政府办公室', '73', 73, 'co', NULL, true, '正常推进', '配合推进加强组织领导。', '', '继续配合。', 'archive/2023-W36/市政府办公室/市政府办公室2023-W36推进情况__20230905-142600__353eb298.xlsx', '2023-09-05 14:26:00');
INSERT INTO public."values" VALUES ('2023-W36', '市政府办公室', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W36/市政府办公室/市政府办公室2023-W36推进情况__20230905-142600__353eb298.xlsx', '2023-09-05 14:26:00');
INSERT INTO public."values" VALUES ('2023-W36', '市政府办公室', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W36/市政府办公室/市政府办公室2023-W36推进情况__20230905-142600__353eb298.xlsx', '2023-09-05 14:26:00');
INSERT INTO public."values" VALUES ('2023-W36', '市教体局', '64.1', 64, 'lead', 22, true, '滞后', '县域内义务教育学校、乡村学校强校扩优覆盖率累计完成22.0%。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市教体局/市教体局2023-W36推进情况__20230906-143300__9ed44c5f.xlsx', '2023-09-06 14:33:00');
INSERT INTO public."values" VALUES ('2023-W36', '市教体局', '64.2', 64, 'lead', 29.52, true, '滞后', '省级一类以上幼儿园累计完成29.52所。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市教体局/市教体局2023-W36推进情况__20230906-143300__9ed44c5f.xlsx', '2023-09-06 14:33:00');
INSERT INTO public."values" VALUES ('2023-W36', '市教体局', '64.3', 64, 'lead', 14.45, true, '正常推进', '普惠性幼儿园建设提升累计完成14.45所。', '', '加快推进。', 'archive/2023-W36/市教体局/市教体局2023-W36推进情况__20230906-143300__9ed44c5f.xlsx', '2023-09-06 14:33:00');
INSERT INTO public."values" VALUES ('2023-W36', '市教体局', '64.4', 64, 'lead', 1.32, true, '正常推进', '推荐参评示范校累计完成1.32所。', '', '加快推进。', 'archive/2023-W36/市教体局/市教体局2023-W36推进情况__20230906-143300__9ed44c5f.xlsx', '2023-09-06 14:33:00');
INSERT INTO public."values" VALUES ('2023-W36', '市教体局', '64.5', 64, 'lead', 3.82, true, '正常推进', '秋季开学前投入使用项目累计完成3.82处。', '', '加快推进。', 'archive/2023-W36/市教体局/市教体局2023-W36推进情况__20230906-143300__9ed44c5f.xlsx', '2023-09-06 14:33:00');
INSERT INTO public."values" VALUES ('2023-W36', '市教体局', '64.6', 64, 'lead', 3.63, true, '滞后', '公办幼儿园新建改建项目累计完成3.63处。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市教体局/市教体局2023-W36推进情况__20230906-143300__9ed44c5f.xlsx', '2023-09-06 14:33:00');
INSERT INTO public."values" VALUES ('2023-W36', '市教体局', '65.1', 65, 'lead', 310.39, true, '滞后', '乡村振兴学历提升工程培养人数累计完成310.39人。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市教体局/市教体局2023-W36推进情况__20230906-143300__9ed44c5f.xlsx', '2023-09-06 14:33:00');
INSERT INTO public."values" VALUES ('2023-W36', '市教体局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W36/市教体局/市教体局2023-W36推进情况__20230906-143300__9ed44c5f.xlsx', '2023-09-06 14:33:00');
INSERT INTO public."values" VALUES ('2023-W36', '市教体局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W36/市教体局/市教体局2023-W36推进情况__20230906-143300__9ed44c5f.xlsx', '2023-09-06 14:33:00');
INSERT INTO public."values" VALUES ('2023-W36', '市文旅局', '28', 28, 'lead', NULL, true, '正常推进', '配合推进持续激发城乡消费活力。', '', '继续配合。', 'archive/2023-W36/市文旅局/市文旅局2023-W36推进情况__20230906-141900__8edf096d.xlsx', '2023-09-06 14:19:00');
INSERT INTO public."values" VALUES ('2023-W36', '市文旅局', '58', 58, 'lead', NULL, true, '正常推进', '配合推进推进大运河国家文化公园(枣庄段)建设。', '', '继续配合。', 'archive/2023-W36/市文旅局/市文旅局2023-W36推进情况__20230906-141900__8edf096d.xlsx', '2023-09-06 14:19:00');
INSERT INTO public."values" VALUES ('2023-W36', '市文旅局', '59', 59, 'lead', NULL, true, '正常推进', '配合推进加强大运河文化体验廊道建设。', '', '继续配合。', 'archive/2023-W36/市文旅局/市文旅局2023-W36推进情况__20230906-141900__8edf096d.xlsx', '2023-09-06 14:19:00');
INSERT INTO public."values" VALUES ('2023-W36', '市文旅局', '60.1', 60, 'co', NULL, true, '正常推进', '配合推进加快发展文化产业。', '', '继续配合。', 'archive/2023-W36/市文旅局/市文旅局2023-W36推进情况__20230906-141900__8edf096d.xlsx', '2023-09-06 14:19:00');
INSERT INTO public."values" VALUES ('2023-W36', '市文旅局', '61', 61, 'lead', NULL, true, '正常推进', '配合推进培育一批精品旅游景区。', '', '继续配合。', 'archive/2023-W36/市文旅局/市文旅局2023-W36推进情况__20230906-141900__8edf096d.xlsx', '2023-09-06 14:19:00');
INSERT INTO public."values" VALUES ('2023-W36', '市文旅局', '62', 62, 'lead', NULL, true, '正常推进', '配合推进加强革命文物保护利用。', '', '继续配合。', 'archive/2023-W36/市文旅局/市文旅局2023-W36推进情况__20230906-141900__8edf096d.xlsx', '2023-09-06 14:19:00');
INSERT INTO public."values" VALUES ('2023-W36', '市文旅局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W36/市文旅局/市文旅局2023-W36推进情况__20230906-141900__8edf096d.xlsx', '2023-09-06 14:19:00');
INSERT INTO public."values" VALUES ('2023-W36', '市文旅局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W36/市文旅局/市文旅局2023-W36推进情况__20230906-141900__8edf096d.xlsx', '2023-09-06 14:19:00');
INSERT INTO public."values" VALUES ('2023-W36', '市林业发展中心', '32.1', 32, 'co', NULL, true, '正常推进', '配合推进强化生态建设和修复。', '', '继续配合。', 'archive/2023-W36/市林业发展中心/市林业发展中心2023-W36推进情况__20230905-122400__05269a03.xlsx', '2023-09-05 12:24:00');
INSERT INTO public."values" VALUES ('2023-W36', '市林业发展中心', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W36/市林业发展中心/市林业发展中心2023-W36推进情况__20230905-122400__05269a03.xlsx', '2023-09-05 12:24:00');
INSERT INTO public."values" VALUES ('2023-W36', '市林业发展中心', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W36/市林业发展中心/市林业发展中心2023-W36推进情况__20230905-122400__05269a03.xlsx', '2023-09-05 12:24:00');
INSERT INTO public."values" VALUES ('2023-W36', '市民政局', '27', 27, 'co', NULL, true, '正常推进', '配合推进大力提升城市管理智慧化、精细化水平。', '', '继续配合。', 'archive/2023-W36/市民政局/市民政局2023-W36推进情况__20230905-131800__3f63ddfa.xlsx', '2023-09-05 13:18:00');
INSERT INTO public."values" VALUES ('2023-W36', '市民政局', '66', 66, 'lead', NULL, true, '正常推进', '配合推进推动低保扩围增效。', '', '继续配合。', 'archive/2023-W36/市民政局/市民政局2023-W36推进情况__20230905-131800__3f63ddfa.xlsx', '2023-09-05 13:18:00');
INSERT INTO public."values" VALUES ('2023-W36', '市民政局', '67.1', 67, 'lead', 62.6, true, '滞后', '特殊困难老年人月探访率累计完成62.6%。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市民政局/市民政局2023-W36推进情况__20230905-131800__3f63ddfa.xlsx', '2023-09-05 13:18:00');
INSERT INTO public."values" VALUES ('2023-W36', '市民政局', '68.1', 68, 'lead', 404.84, true, '正常推进', '护理型床位累计完成404.84张。', '', '加快推进。', 'archive/2023-W36/市民政局/市民政局2023-W36推进情况__20230905-131800__3f63ddfa.xlsx', '2023-09-05 13:18:00');
INSERT INTO public."values" VALUES ('2023-W36', '市民政局', '68.2', 68, 'lead', 769.13, true, '正常推进', '特殊困难老年人家庭适老化改造累计完成769.13户。', '', '加快推进。', 'archive/2023-W36/市民政局/市民政局2023-W36推进情况__20230905-131800__3f63ddfa.xlsx', '2023-09-05 13:18:00');
INSERT INTO public."values" VALUES ('2023-W36', '市民政局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W36/市民政局/市民政局2023-W36推进情况__20230905-131800__3f63ddfa.xlsx', '2023-09-05 13:18:00');
INSERT INTO public."values" VALUES ('2023-W36', '市民政局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W36/市民政局/市民政局2023-W36推进情况__20230905-131800__3f63ddfa.xlsx', '2023-09-05 13:18:00');
INSERT INTO public."values" VALUES ('2023-W36', '市科技局', '1.1', 1, 'lead', 1.08, true, '滞后', '省院士工作站累计完成1.08个。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市科技局/市科技局2023-W36推进情况__20230905-090000__75ed7578.xlsx', '2023-09-05 09:00:00');
INSERT INTO public."values" VALUES ('2023-W36', '市科技局', '1.2', 1, 'lead', 6.57, true, '正常推进', '枣庄市级重点实验室累计完成6.57个。', '', '加快推进。', 'archive/2023-W36/市科技局/市科技局2023-W36推进情况__20230905-090000__75ed7578.xlsx', '2023-09-05 09:00:00');
INSERT INTO public."values" VALUES ('2023-W36', '市科技局', '2.1', 2, 'co', NULL, true, '正常推进', '配合推进加强创新平台建设。', '', '继续配合。', 'archive/2023-W36/市科技局/市科技局2023-W36推进情况__20230905-090000__75ed7578.xlsx', '2023-09-05 09:00:00');
INSERT INTO public."values" VALUES ('2023-W36', '市科技局', '2.2', 2, 'co', NULL, true, '正常推进', '配合推进加强创新平台建设。', '', '继续配合。', 'archive/2023-W36/市科技局/市科技局2023-W36推进情况__20230905-090000__75ed7578.xlsx', '2023-09-05 09:00:00');
INSERT INTO public."values" VALUES ('2023-W36', '市科技局', '3.1', 3, 'lead', 22.1, true, '正常推进', '省市级以上科技项目累计完成22.1项。', '', '加快推进。', 'archive/2023-W36/市科技局/市科技局2023-W36推进情况__20230905-090000__75ed7578.xlsx', '2023-09-05 09:00:00');
INSERT INTO public."values" VALUES ('2023-W36', '市科技局', '3.2', 3, 'lead', 4095.64, true, '滞后', '省市级以上科技项目资金累计完成4095.64万元。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市科技局/市科技局2023-W36推进情况__20230905-090000__75ed7578.xlsx', '2023-09-05 09:00:00');
INSERT INTO public."values" VALUES ('2023-W36', '市科技局', '4.1', 4, 'lead', 132.86, true, '正常推进', '高新技术企业累计完成132.86家。', '', '加快推进。', 'archive/2023-W36/市科技局/市科技局2023-W36推进情况__20230905-090000__75ed7578.xlsx', '2023-09-05 09:00:00');
INSERT INTO public."values" VALUES ('2023-W36', '市科技局', '5.1', 5, 'lead', 1157.46, true, '滞后', '省企业研发补助、创新券累计完成1157.46万元。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市科技局/市科技局2023-W36推进情况__20230905-090000__75ed7578.xlsx', '2023-09-05 09:00:00');
INSERT INTO public."values" VALUES ('2023-W36', '市科技局', '5.2', 5, 'lead', 0.66, true, '滞后', '科技成果转化贷款累计完成0.66亿元。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市科技局/市科技局2023-W36推进情况__20230905-090000__75ed7578.xlsx', '2023-09-05 09:00:00');
INSERT INTO public."values" VALUES ('2023-W36', '市科技局', '6.1', 6, 'co', NULL, true, '正常推进', '配合推进培育引进创新人才。', '', '继续配合。', 'archive/2023-W36/市科技局/市科技局2023-W36推进情况__20230905-090000__75ed7578.xlsx', '2023-09-05 09:00:00');
INSERT INTO public."values" VALUES ('2023-W36', '市科技局', '6.2', 6, 'co', NULL, true, '正常推进', '配合推进培育引进创新人才。', '', '继续配合。', 'archive/2023-W36/市科技局/市科技局2023-W36推进情况__20230905-090000__75ed7578.xlsx', '2023-09-05 09:00:00');
INSERT INTO public."values" VALUES ('2023-W36', '市科技局', '47', 47, 'lead', NULL, true, '正常推进', '配合推进健全科技成果转化服务体系。', '', '继续配合。', 'archive/2023-W36/市科技局/市科技局2023-W36推进情况__20230905-090000__75ed7578.xlsx', '2023-09-05 09:00:00');
INSERT INTO public."values" VALUES ('2023-W36', '市科技局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W36/市科技局/市科技局2023-W36推进情况__20230905-090000__75ed7578.xlsx', '2023-09-05 09:00:00');
INSERT INTO public."values" VALUES ('2023-W36', '市科技局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W36/市科技局/市科技局2023-W36推进情况__20230905-090000__75ed7578.xlsx', '2023-09-05 09:00:00');
INSERT INTO public."values" VALUES ('2023-W36', '市综合执法局', '29', 29, 'co', NULL, true, '正常推进', '配合推进加快构建国土空间开发保护新格局。', '', '继续配合。', 'archive/2023-W36/市综合执法局/市综合执法局2023-W36推进情况__20230905-102200__1ec726ed.xlsx', '2023-09-05 10:22:00');
INSERT INTO public."values" VALUES ('2023-W36', '市综合执法局', '30', 30, 'co', NULL, true, '正常推进', '配合推进扎实开展绿色低碳转型行动。', '', '继续配合。', 'archive/2023-W36/市综合执法局/市综合执法局2023-W36推进情况__20230905-102200__1ec726ed.xlsx', '2023-09-05 10:22:00');
INSERT INTO public."values" VALUES ('2023-W36', '市综合执法局', '38.1', 38, 'lead', 71.02, true, '滞后', '城市居民小区生活垃圾分类设施覆盖率累计完成71.02%。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市综合执法局/市综合执法局2023-W36推进情况__20230905-102200__1ec726ed.xlsx', '2023-09-05 10:22:00');
INSERT INTO public."values" VALUES ('2023-W36', '市综合执法局', '38.2', 38, 'lead', 61.5, true, '滞后', '生活垃圾焚烧处理率累计完成61.5%。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市综合执法局/市综合执法局2023-W36推进情况__20230905-102200__1ec726ed.xlsx', '2023-09-05 10:22:00');
INSERT INTO public."values" VALUES ('2023-W36', '市综合执法局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W36/市综合执法局/市综合执法局2023-W36推进情况__20230905-102200__1ec726ed.xlsx', '2023-09-05 10:22:00');
INSERT INTO public."values" VALUES ('2023-W36', '市综合执法局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W36/市综合执法局/市综合执法局2023-W36推进情况__20230905-102200__1ec726ed.xlsx', '2023-09-05 10:22:00');
INSERT INTO public."values" VALUES ('2023-W36', '市自然资源局', '21', 21, 'co', NULL, true, '正常推进', '配合推进大力发展可再生能源。', '', '继续配合。', 'archive/2023-W36/市自然资源局/市自然资源局2023-W36推进情况__20230905-091400__e4501cba.xlsx', '2023-09-05 09:14:00');
INSERT INTO public."values" VALUES ('2023-W36', '市自然资源局', '25.1', 25, 'co', NULL, true, '正常推进', '配合推进加强水土流失综合治理。', '', '继续配合。', 'archive/2023-W36/市自然资源局/市自然资源局2023-W36推进情况__20230905-091400__e4501cba.xlsx', '2023-09-05 09:14:00');
INSERT INTO public."values" VALUES ('2023-W36', '市自然资源局', '25.2', 25, 'co', NULL, true, '正常推进', '配合推进加强水土流失综合治理。', '', '继续配合。', 'archive/2023-W36/市自然资源局/市自然资源局2023-W36推进情况__20230905-091400__e4501cba.xlsx', '2023-09-05 09:14:00');
INSERT INTO public."values" VALUES ('2023-W36', '市自然资源局', '25.3', 25, 'co', NULL, true, '正常推进', '配合推进加强水土流失综合治理。', '', '继续配合。', 'archive/2023-W36/市自然资源局/市自然资源局2023-W36推进情况__20230905-091400__e4501cba.xlsx', '2023-09-05 09:14:00');
INSERT INTO public."values" VALUES ('2023-W36', '市自然资源局', '29', 29, 'lead', NULL, true, '正常推进', '配合推进加快构建国土空间开发保护新格局。', '', '继续配合。', 'archive/2023-W36/市自然资源局/市自然资源局2023-W36推进情况__20230905-091400__e4501cba.xlsx', '2023-09-05 09:14:00');
INSERT INTO public."values" VALUES ('2023-W36', '市自然资源局', '32.1', 32, 'lead', 113.72, true, '滞后', '省下达落地上图造林累计完成113.72亩。', '进度偏慢。', '加快推进。', 'archive/2023-W36/市自然资源局/市自然资源局2023-W36推进情况__20230905-091400__e4501cba.xlsx', '2023-09-05 09:14:00');
INSERT INTO public."values" VALUES ('2023-W36', '市自然资源局', '53', 53, 'co', NULL, true, '正常推进', '配合推进优化提升外资企业服务。', '', '继续配合。', 'archive/2023-W36/市自然资源局/市自然资源局2023-W36推进情况__20230905-091400__e4501cba.xlsx', '2023-09-05 09:14:00');
INSERT INTO public."values" VALUES ('2023-W36', '市自然资源局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W36/市自然资源局/市自然资源局2023-W36推进情况__20230905-091400__e4501cba.xlsx', '2023-09-05 09:14:00');
INSERT INTO public."values" VALUES ('2023-W36', '市自然资源局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W36/市自然资源局/市自然资源局2023-W36推进情况__20230905-091400__e4501cba.xlsx', '2023-09-05 09:14:00');
INSERT INTO public."values" VALUES ('2023-W36', '市行政审批局', '39', 39, 'co', NULL, true, '正常推进', '配合推进全方位落实“四水四定”原则。', '', '继续配合。', 'archive/2023-W36/市行政审批局/市行政审批局2023-W36推进情况__20230906-132500__69dc40b2.xlsx', '2023-09-06 13:25:00');
INSERT INTO public."values" VALUES ('2023-W36', '市行政审批局', '46', 46, 'co', NULL, true, '正常推进', '配合推进全力推进服务型数字政府建设。', '', '继续配合。', 'archive/2023-W36/市行政审批局/市行政审批局2023-W36推进情况__20230906-132500__69dc40b2.xlsx', '2023-09-06 13:25:00');
INSERT INTO public."values" VALUES ('2023-W36', '市行政审批局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W36/市行政审批局/市行政审批局2023-W36推进情况__20230906-132500__69dc40b2.xlsx', '2023-09-06 13:25:00');
INSERT INTO public."values" VALUES ('2023-W36', '市行政审批局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W36/市行政审批局/市行政审批局2023-W36推进情况__20230906-132500__69dc40b2.xlsx', '2023-09-06 13:25:00');
INSERT INTO public."values" VALUES ('2023-W36', '市财政局', '26.1', 26, 'co', NULL, true, '正常推进', '配合推进推进城市更新行动。', '', '继续配合。', 'archive/2023-W36/市财政局/市财政局2023-W36推进情况__20230906-121700__94097299.xlsx', '2023-09-06 12:17:00');
INSERT INTO public."values" VALUES ('2023-W36', '市财政局', '26.2', 26, 'co', NULL, true, '正常推进', '配合推进推进城市更新行动。', '', '继续配合。', 'archive/2023-W36/市财政局/市财政局2023-W36推进情况__20230906-121700__94097299.xlsx', '2023-09-06 12:17:00');
INSERT INTO public."values" VALUES ('2023-W36', '市财政局', '26.3', 26, 'co', NULL, true, '正常推进', '配合推进推进城市更新行动。', '', '继续配合。', 'archive/2023-W36/市财政局/市财政局2023-W36推进情况__20230906-121700__94097299.xlsx', '2023-09-06 12:17:00');
INSERT INTO public."values" VALUES ('2023-W36', '市财政局', '50.1', 50, 'co', NULL, true, '正常推进', '配合推进优化进口商品结构。', '', '继续配合。', 'archive/2023-W36/市财政局/市财政局2023-W36推进情况__20230906-121700__94097299.xlsx', '2023-09-06 12:17:00');
INSERT INTO public."values" VALUES ('2023-W36', '市财政局', '66', 66, 'co', NULL, true, '正常推进', '配合推进推动低保扩围增效。', '', '继续配合。', 'archive/2023-W36/市财政局/市财政局2023-W36推进情况__20230906-121700__94097299.xlsx', '2023-09-06 12:17:00');
INSERT INTO public."values" VALUES ('2023-W36', '市财政局', '72', 72, 'co', NULL, true, '正常推进', '配合推进着力稳金融防风险。', '', '继续配合。', 'archive/2023-W36/市财政局/市财政局2023-W36推进情况__20230906-121700__94097299.xlsx', '2023-09-06 12:17:00');
INSERT INTO public."values" VALUES ('2023-W36', '市财政局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W36/市财政局/市财政局2023-W36推进情况__20230906-121700__94097299.xlsx', '2023-09-06 12:17:00');
INSERT INTO public."values" VALUES ('2023-W36', '市财政局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W36/市财政局/市财政局2023-W36推进情况__20230906-121700__94097299.xlsx', '2023-09-06 12:17:00');
INSERT INTO public."values" VALUES ('2023-W36', '市金融服务中心', '17', 17, 'lead', NULL, true, '正常推进', '配合推进强化金融助企服务。', '', '继续配合。', 'archive/2023-W36/市金融服务中心/市金融服务中心2023-W36推进情况__20230905-121000__d18953b0.xlsx', '2023-09-05 12:10:00');
INSERT INTO public."values" VALUES ('2023-W36', '市金融服务中心', '72', 72, 'lead', NULL, true, '正常推进', '配合推进着力稳金融防风险。', '', '继续配合。', 'archive/2023-W36/市金融服务中心/市金融服务中心2023-W36推进情况__20230905-121000__d18953b0.xlsx', '2023-09-05 12:10:00');
INSERT INTO public."values" VALUES ('2023-W36', '市金融服务中心', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W36/市金融服务中心/市金融服务中心2023-W36推进情况__20230905-121000__d18953b0.xlsx', '2023-09-05 12:10:00');
INSERT INTO public."values" VALUES ('2023-W36', '市金融服务中心', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W36/市金融服务中心/市金融服务中心2023-W36推进情况__20230905-121000__d18953b0.xlsx', '2023-09-05 12:10:00');
INSERT INTO public."values" VALUES ('2023-W36', '市铁路货场迁建指挥部', '19', 19, 'lead', NULL, true, '正常推进', '配合推进打造综合性现代化内河港口。', '', '继续配合。', 'archive/2023-W36/市铁路货场迁建指挥部/市铁路货场迁建指挥部2023-W36推进情况__20230905-141200__5e070720.xlsx', '2023-09-05 14:12:00');
INSERT INTO public."values" VALUES ('2023-W36', '市铁路货场迁建指挥部', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W36/市铁路货场迁建指挥部/市铁路货场迁建指挥部2023-W36推进情况__20230905-141200__5e070720.xlsx', '2023-09-05 14:12:00');
INSERT INTO public."values" VALUES ('2023-W36', '市铁路货场迁建指挥部', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W36/市铁路货场迁建指挥部/市铁路货场迁建指挥部2023-W36推进情况__20230905-141200__5e070720.xlsx', '2023-09-05 14:12:00');
INSERT INTO public."values" VALUES ('2023-W36', '开发区管委会', '54', 54, 'co', NULL, true, '正常推进', '配合推进积极复制推广山东自贸区制度创新成果。', '', '继续配合。', 'archive/2023-W36/开发区管委会/开发区管委会2023-W36推进情况__20230906-123100__656359c1.xlsx', '2023-09-06 12:31:00');
INSERT INTO public."values" VALUES ('2023-W36', '开发区管委会', '55.1', 55, 'lead', 70.11, true, '滞后', '开发区重点工业项目投资累计完成70.11亿元。', '进度偏慢。', '加快推进。', 'archive/2023-W36/开发区管委会/开发区管委会2023-W36推进情况__20230906-123100__656359c1.xlsx', '2023-09-06 12:31:00');
INSERT INTO public."values" VALUES ('2023-W36', '开发区管委会', '55.2', 55, 'lead', 82.84, true, '正常推进', '进出口总额累计完成82.84亿元。', '', '加快推进。', 'archive/2023-W36/开发区管委会/开发区管委会2023-W36推进情况__20230906-123100__656359c1.xlsx', '2023-09-06 12:31:00');
INSERT INTO public."values" VALUES ('2023-W36', '开发区管委会', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W36/开发区管委会/开发区管委会2023-W36推进情况__20230906-123100__656359c1.xlsx', '2023-09-06 12:31:00');
INSERT INTO public."values" VALUES ('2023-W36', '开发区管委会', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W36/开发区管委会/开发区管委会2023-W36推进情况__20230906-123100__656359c1.xlsx', '2023-09-06 12:31:00');
INSERT INTO public."values" VALUES ('2023-W36', '滨湖镇', '20', 20, 'co', NULL, true, '正常推进', '配合推进加快推进机场建设。', '', '继续配合。', 'archive/2023-W36/滨湖镇/滨湖镇2023-W36推进情况__20230906-151300__69947d27.xlsx', '2023-09-06 15:13:00');
INSERT INTO public."values" VALUES ('2023-W36', '滨湖镇', '28', 28, 'co', NULL, true, '正常推进', '配合推进持续激发城乡消费活力。', '', '继续配合。', 'archive/2023-W36/滨湖镇/滨湖镇2023-W36推进情况__20230906-151300__69947d27.xlsx', '2023-09-06 15:13:00');
INSERT INTO public."values" VALUES ('2023-W36', '生态环境滕州分局', '29', 29, 'co', NULL, true, '正常推进', '配合推进加快构建国土空间开发保护新格局。', '', '继续配合。', 'archive/2023-W36/生态环境滕州分局/生态环境滕州分局2023-W36推进情况__20230906-112300__75c4ef19.xlsx', '2023-09-06 11:23:00');
INSERT INTO public."values" VALUES ('2023-W36', '生态环境滕州分局', '30', 30, 'co', NULL, true, '正常推进', '配合推进扎实开展绿色低碳转型行动。', '', '继续配合。', 'archive/2023-W36/生态环境滕州分局/生态环境滕州分局2023-W36推进情况__20230906-112300__75c4ef19.xlsx', '2023-09-06 11:23:00');
INSERT INTO public."values" VALUES ('2023-W36', '生态环境滕州分局', '31', 31, 'lead', NULL, true, '正常推进', '配合推进深入推进环境污染防治。', '', '继续配合。', 'archive/2023-W36/生态环境滕州分局/生态环境滕州分局2023-W36推进情况__20230906-112300__75c4ef19.xlsx', '2023-09-06 11:23:00');
INSERT INTO public."values" VALUES ('2023-W36', '生态环境滕州分局', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W36/生态环境滕州分局/生态环境滕州分局2023-W36推进情况__20230906-112300__75c4ef19.xlsx', '2023-09-06 11:23:00');
INSERT INTO public."values" VALUES ('2023-W36', '生态环境滕州分局', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W36/生态环境滕州分局/生态环境滕州分局2023-W36推进情况__20230906-112300__75c4ef19.xlsx', '2023-09-06 11:23:00');
INSERT INTO public."values" VALUES ('2023-W36', '鲁南高科技化工园区', '10', 10, 'lead', NULL, true, '正常推进', '配合推进做大做强化工和新材料产业。', '', '继续配合。', 'archive/2023-W36/鲁南高科技化工园区/鲁南高科技化工园区2023-W36推进情况__20230908-172000__7f6e5542.xlsx', '2023-09-08 17:20:00');
INSERT INTO public."values" VALUES ('2023-W36', '鲁南高科技化工园区', '74', 74, 'lead', NULL, true, '正常推进', '配合推进完善工作机制。', '', '继续配合。', 'archive/2023-W36/鲁南高科技化工园区/鲁南高科技化工园区2023-W36推进情况__20230908-172000__7f6e5542.xlsx', '2023-09-08 17:20:00');
INSERT INTO public."values" VALUES ('2023-W36', '鲁南高科技化工园区', '75', 75, 'lead', NULL, true, '正常推进', '配合推进强化督导检查。', '', '继续配合。', 'archive/2023-W36/鲁南高科技化工园区/鲁南高科技化工园区2023-W36推进情况__20230908-172000__7f6e5542.xlsx', '2023-09-08 17:20:00');


--
-- Name: files files_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.files
    ADD CONSTRAINT files_pkey PRIMARY KEY (archived_as);


--
-- Name: sent sent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sent
    ADD CONSTRAINT sent_pkey PRIMARY KEY (period, department, kind);


--
-- Name: statuses statuses_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.statuses
    ADD CONSTRAINT statuses_pkey PRIMARY KEY (period, id);


--
-- Name: values values_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."values"
    ADD CONSTRAINT values_pkey PRIMARY KEY (period, department, id);


--
-- Name: ix_files_filed_under; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_files_filed_under ON public.files USING btree (filed_under);


--
-- Name: ix_files_period; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_files_period ON public.files USING btree (period);


--
-- Name: ix_files_sha256; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_files_sha256 ON public.files USING btree (sha256);


--
-- PostgreSQL database dump complete
--


